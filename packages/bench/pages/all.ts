// Loaded after the CDN loader (wegwijs.js): marks when every Wegwijs element on the page rendered.
import { markRendered } from './rendered.js';

markRendered([
  'wegwijs-language-switch',
  'wegwijs-step-guide',
  'wegwijs-video-explainer',
  'wegwijs-letter-explainer',
  'wegwijs-contact-finder',
]);
