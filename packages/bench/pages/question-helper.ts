import { markRendered } from './rendered.js';

markRendered(['wegwijs-question-helper']);
