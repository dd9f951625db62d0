/**
 * Sets the performance mark `wegwijs-rendered` when every element on the page with one of the
 * given tags has completed its first render: the tag is defined, Lit's `updateComplete` has
 * resolved, content loading (`content.loaded`, when the element has a ContentController) has
 * settled and one more update has completed, and a frame has been produced.
 * On timeout (30 s) sets `wegwijs-timeout` instead.
 */
type Maybe = HTMLElement & {
  updateComplete?: Promise<unknown>;
  content?: { loaded?: Promise<unknown> };
};

const frame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function renderedOne(element: Maybe): Promise<void> {
  await customElements.whenDefined(element.localName);
  await element.updateComplete;
  if (element.content?.loaded) {
    await element.content.loaded.catch(() => undefined);
    await element.updateComplete;
  }
}

export function markRendered(tags: string[], ready?: () => Promise<unknown>): void {
  const timeout = setTimeout(() => performance.mark('wegwijs-timeout'), 30_000);
  const elements = tags.flatMap((tag) => [...document.querySelectorAll<Maybe>(tag)]);
  void Promise.all([...elements.map(renderedOne), ready?.()])
    .then(frame)
    .then(() => {
      clearTimeout(timeout);
      performance.mark('wegwijs-rendered');
    });
}

/** Every <video> in the page, also inside open shadow roots. */
export function deepVideos(root: ParentNode = document): HTMLVideoElement[] {
  const found: HTMLVideoElement[] = [...root.querySelectorAll('video')];
  for (const el of root.querySelectorAll('*'))
    if (el.shadowRoot) found.push(...deepVideos(el.shadowRoot));
  return found;
}
