/**
 * The widgets' own content checks (`@wegwijs/<widget>/check`): the one place where content
 * rules live. Which widgets there are comes from the one widget list (widget-list.js, the
 * CLI's generated copy of packages/embed/widget-list.json). The CLI, the snippet builder and
 * the tests call these; nothing here repeats them.
 */
import { widgetList } from './widget-list.js';

/** @typedef {import('./widget-list.js').WidgetCheck} WidgetCheck */

/** @type {Record<string, WidgetCheck>} */
export const CHECKS = Object.fromEntries(widgetList.map(({ name, check }) => [name, check]));

const csvWidget = widgetList.find(({ content }) => content.includes('csv'));
if (!csvWidget) throw new Error('widget-list: no widget reads CSV');

/** The widget that reads a spreadsheet (CSV) of its content: the contact finder. */
export const CSV_WIDGET = csvWidget.name;

/**
 * Its spreadsheet check (the same column table as the widget's reader).
 * @type {typeof import('@wegwijs/contact-finder/check').checkCsv}
 */
export const checkContactsCsv = /** @type {any} */ (csvWidget.check).checkCsv;
