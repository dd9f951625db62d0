import '@wegwijs/letter-explainer/define';
import { markRendered } from './rendered.js';

markRendered(['wegwijs-letter-explainer']);
