export type { Pictogram } from './types.js';
export { PICTOGRAM_LOCALES } from './types.js';
export { pictogramNames, loadPictogram, isPictogramName } from './registry.js';
export type { PictogramName } from './registry.js';
export { renderPictogram, resolvePictogramAlt, placeholderPictogram } from './render.js';
export type { RenderPictogramOptions } from './render.js';

// Icons are not re-exported here: a bundler would put the whole set up front. Use
// loadPictogram(name), '@wegwijs/pictograms/icons/<name>', or '@wegwijs/pictograms/all'.
