// Registers <wegwijs-step-guide> with its view in the same download. Listed in package.json
// "sideEffects".
//
// `define` fetches the view (rendering code and stylesheet, ≈ 3.1 kB brotli) when the first
// guide connects: the smallest first download, for a site bundle that ships the guide on pages
// without one. This entry imports it up front instead: the same bytes before the first render,
// but the guide renders in the task it connects in, without painting the editor's markup first
// and without waiting for another file. The CDN loader uses it: it only fetches a widget's code
// for a page that shows it.
//
// Core's elements (the language switch in the guide's bar, the read-aloud buttons) come up front
// too, for the same reason: defined later, the switch upgraded after the guide's first render,
// took a row of its own on a phone and pushed the steps 52 px down (a layout shift of 0.05,
// issue 23). The CDN loader preloads their file with the guide's anyway: no byte more before
// the first render there, and no fetch of its own.
import '@wegwijs/core/define';
import * as view from './view/guide-view.js';
import { WegwijsStepGuide, provideView } from './step-guide.js';

// Before `define`: defining upgrades the guides already on the page, and they connect at once.
provideView(view);
WegwijsStepGuide.define('wegwijs-step-guide');

export { WegwijsStepGuide };
