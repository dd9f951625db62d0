// The page-wide language switch and the endonym table it shows.
export { WegwijsLanguageSwitch } from './language-switch/language-switch.js';
export { endonym } from './locale/endonyms.js';
