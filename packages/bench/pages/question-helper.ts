import '@wegwijs/question-helper/define';
import { markRendered } from './rendered.js';

markRendered(['wegwijs-question-helper']);
