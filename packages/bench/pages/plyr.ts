// Plyr's ES module build with its stylesheet; the SVG icon sprite is served from this origin
// (Plyr's default fetches it from cdn.plyr.io, a third party).
import Plyr from 'plyr';
import { definePlay } from './play.js';
import { markRendered } from './rendered.js';

const player = new Plyr('#player', { iconUrl: './plyr.svg', loadSprite: true });
markRendered([], () => new Promise((resolve) => player.on('ready', resolve)));
definePlay(() => document.querySelector<HTMLElement>('.plyr [data-plyr="play"]')?.click());
