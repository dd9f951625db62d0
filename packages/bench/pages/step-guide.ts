import '@wegwijs/step-guide/define';
import { markRendered } from './rendered.js';

markRendered(['wegwijs-step-guide']);
