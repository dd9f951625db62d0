import { markRendered } from './rendered.js';

markRendered(['wegwijs-step-guide']);
