// Baseline without any player code: the browser's own <video controls>.
import { definePlay } from './play.js';
import { markRendered } from './rendered.js';

markRendered([]);
definePlay(() => void document.querySelector('video')?.play());
