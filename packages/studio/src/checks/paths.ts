/** Problem paths in one shape for every form: `steps[2].title.ar` → `steps.2.title.ar`. */
export function dottedPath(path: string | undefined): string {
  return (path ?? '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/\["([^"]+)"\]/g, '.$1')
    .replace(/^\./, '');
}

/** True when a problem at `path` concerns the field at `field` (itself or inside it). */
export function concerns(path: string, field: string): boolean {
  return path === field || path.startsWith(`${field}.`);
}
