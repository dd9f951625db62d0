/**
 * The script editors paste: `<script type="module" src="…/wegwijs.js"></script>`.
 * Registers nothing itself; downloads a widget when its tag is on the page.
 */
import { startLazyLoader } from './loader.js';
import { widgetLoaders } from './widgets.js';

const key = Symbol.for('wegwijs.loader');
const scope = globalThis as typeof globalThis & { [key]?: unknown };
// Two copies of the loader on one page: the second stands down (define() warns on versions).
if (!scope[key]) scope[key] = startLazyLoader(widgetLoaders);
