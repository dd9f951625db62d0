import { markRendered } from './rendered.js';

type Finder = HTMLElement & { index?: unknown };

/** A long list is indexed after its content has loaded, in slices: rendered = indexed too. */
const indexed = () =>
  new Promise<void>((resolve) => {
    const finder = document.querySelector<Finder>('wegwijs-contact-finder')!;
    const wait = () => (finder.index ? resolve() : setTimeout(wait, 20));
    wait();
  });

markRendered(['wegwijs-contact-finder'], indexed);
