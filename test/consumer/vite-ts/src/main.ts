// A plain Vite + TypeScript page: the five widgets' `define` entries register the tags and, with
// them, the tag map and event map: `querySelector` returns the element class and each listener
// gets its typed event, without importing the packages' indexes and without a cast.
import '@wegwijs/step-guide/define';
import '@wegwijs/video-explainer/define';
import '@wegwijs/letter-explainer/define';
import '@wegwijs/contact-finder/define';
import '@wegwijs/question-helper/define';

const guide = document.querySelector('wegwijs-step-guide');
const video = document.querySelector('wegwijs-video-explainer');
const letter = document.querySelector('wegwijs-letter-explainer');
const helper = document.querySelector('wegwijs-question-helper');
const finder = document.querySelector('wegwijs-contact-finder');
if (!guide || !video || !letter || !helper || !finder) throw new Error('the page lost its widgets');

guide.headingLevel = 3;
guide.addEventListener('wegwijs-step-change', (event) => console.info(event.index));
guide.addEventListener('wegwijs-step-check', (event) => console.info(event.id, event.checked));
video.addEventListener('wegwijs-video-version-change', (event) => console.info(event.lang));
video.addEventListener('wegwijs-video-consent', (event) => console.info(event.service));
letter.addEventListener('wegwijs-explanation-toggle', (event) => console.info(event.open));
helper.addEventListener('wegwijs-question-handover', (event) => console.info(event.detail.topics));
finder.addEventListener('wegwijs-contact-filter', (event) => {
  document.documentElement.dataset.contactTotal = String(event.total);
});
// Signals the browser test that the module ran to its end.
document.documentElement.dataset.app = `${guide.localName} ${finder.localName}`;
