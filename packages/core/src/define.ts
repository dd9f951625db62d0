// Registers core's elements. Listed in package.json "sideEffects".
import { WegwijsLanguageSwitch } from './language-switch/language-switch.js';
import { WegwijsReadAloud } from './read-aloud/read-aloud.js';

WegwijsLanguageSwitch.define('wegwijs-language-switch');
WegwijsReadAloud.define('wegwijs-read-aloud');

declare global {
  interface HTMLElementTagNameMap {
    'wegwijs-language-switch': WegwijsLanguageSwitch;
    'wegwijs-read-aloud': WegwijsReadAloud;
  }
}

export { WegwijsLanguageSwitch, WegwijsReadAloud };
