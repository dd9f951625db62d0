// esbuild's code splitting leaves an empty chunk for a module that only re-exports (a barrel
// such as core's index.ts) when several entries reach it, and every file that reaches it keeps
// a bare `import"./chunk-….js";` (esbuild issues #1747, #2922). Each is a request for nothing.
// This drops those chunks and the imports of them from a `write: false` build result.
import { dirname, relative } from 'node:path';

/** True for an output that holds no code: no exports, no imports, no bytes from any input. */
const isEmpty = (output) =>
  !output.entryPoint &&
  output.exports.length === 0 &&
  output.imports.length === 0 &&
  Object.values(output.inputs).every((input) => input.bytesInOutput === 0);

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Remove the empty chunks from `result.outputFiles` and `result.metafile`, and their bare
 * imports from the other files. `root` is the build's working directory (metafile paths are
 * relative to it). Returns the names of the dropped files (metafile paths).
 */
export function dropEmptyChunks(result, root) {
  const outputs = result.metafile.outputs;
  const dropped = Object.keys(outputs).filter((o) => o.endsWith('.js') && isEmpty(outputs[o]));
  if (dropped.length === 0) return [];
  const gone = new Set(dropped);
  const files = new Map(result.outputFiles.map((f) => [relative(root, f.path), f]));
  for (const [name, output] of Object.entries(outputs)) {
    if (gone.has(name) || !output.imports.some((i) => gone.has(i.path))) continue;
    const file = files.get(name);
    let text = file.text;
    for (const target of output.imports.filter((i) => gone.has(i.path))) {
      let path = relative(dirname(name), target.path);
      if (!path.startsWith('.')) path = `./${path}`;
      const bare = new RegExp(`import\\s*["']${escape(path)}["'];?\\n?`, 'g');
      if (!bare.test(text))
        throw new Error(`drop-empty-chunks: ${name} imports ${path} in a way it cannot remove`);
      text = text.replace(bare, '');
    }
    output.imports = output.imports.filter((i) => !gone.has(i.path));
    output.bytes = replaceContents(result, file, text);
  }
  for (const name of dropped) delete outputs[name];
  result.outputFiles = result.outputFiles.filter((f) => !gone.has(relative(root, f.path)));
  return dropped;
}

/** esbuild's OutputFile has a lazy `text` getter over `contents`: give it a plain copy. */
function replaceContents(result, file, text) {
  const index = result.outputFiles.indexOf(file);
  const contents = new TextEncoder().encode(text);
  result.outputFiles[index] = { path: file.path, contents, hash: file.hash, text };
  return contents.length;
}
