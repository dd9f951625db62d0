// media-chrome's main entry: registers <media-controller> and the core control elements
// (no theme, no media-theme element).
import 'media-chrome';
import { definePlay } from './play.js';
import { markRendered } from './rendered.js';

markRendered(['media-controller', 'media-control-bar', 'media-play-button', 'media-time-range']);
definePlay(() => document.querySelector<HTMLElement>('media-play-button')?.click());
