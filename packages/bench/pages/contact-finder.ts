import { markRendered } from './rendered.js';

markRendered(['wegwijs-contact-finder']);
