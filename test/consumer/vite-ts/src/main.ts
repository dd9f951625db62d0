// A plain Vite + TypeScript page: the four widgets' `define` entries register the tags; the
// typed element classes come from the packages' indexes (their types must compile with
// skipLibCheck off).
import '@wegwijs/step-guide/define';
import '@wegwijs/video-explainer/define';
import '@wegwijs/letter-explainer/define';
import '@wegwijs/contact-finder/define';
import type { WegwijsStepGuide } from '@wegwijs/step-guide';

const guide: WegwijsStepGuide | null = document.querySelector('wegwijs-step-guide');
const finder = document.querySelector('wegwijs-contact-finder');
if (!guide || !finder) throw new Error('the page lost its widgets');
// Signals the browser test that the module ran to its end.
document.documentElement.dataset.app = `${guide.localName} ${finder.localName}`;
