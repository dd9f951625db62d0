import { markRendered } from './rendered.js';

markRendered(['wegwijs-language-switch', 'wegwijs-read-aloud']);
