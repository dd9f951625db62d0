// The safe markup subset of content texts, and editor HTML read into it.
export {
  escapeRichText,
  parseInline,
  parseRichText,
  renderRichText,
  richTextToPlain,
  type Block,
  type Inline,
} from './content/rich-text.js';
export { markupToRichText } from './content/safe-markup.js';
export {
  auditMarkup,
  droppedProblem,
  inertCopy,
  type DroppedMarkup,
} from './content/markup-audit.js';
