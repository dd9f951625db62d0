export { startLazyLoader, type LazyLoader, type Loaders } from './loader.js';
export { widgetLoaders } from './widgets.js';
