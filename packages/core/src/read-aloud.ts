// Read aloud: the controller for custom UIs and the ready-made button.
export {
  ReadAloudController,
  SPEECH_RATES,
  type ReadAloudItem,
  type ReadAloudOptions,
  type ReadAloudState,
} from './read-aloud/read-aloud-controller.js';
export { pickVoice } from './read-aloud/voices.js';
export { WegwijsReadAloud } from './read-aloud/read-aloud.js';
