import { markRendered } from './rendered.js';

markRendered(['wegwijs-letter-explainer']);
