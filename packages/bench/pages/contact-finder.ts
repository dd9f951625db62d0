import '@wegwijs/contact-finder/define';
import { markRendered } from './rendered.js';

markRendered(['wegwijs-contact-finder']);
