import { aTimeout, expect, html } from '@open-wc/testing';
import './helpers/papaparse.js';
import '../src/define.js';
import { JSON_SRC, finder, cards } from './helpers/finder.js';

document.documentElement.lang = 'nl';

afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('<wegwijs-contact-finder>', () => {
  it('offers a contact card (.vcf) made on the device', async () => {
    const el = await finder(
      html`<wegwijs-contact-finder src=${JSON_SRC}></wegwijs-contact-finder>`,
    );
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => (
      blobs.push(blob as Blob),
      create(blob as Blob)
    );
    const clicks: HTMLAnchorElement[] = [];
    const onClick = (e: Event) => {
      if ((e.target as HTMLElement).localName === 'a' && (e.target as HTMLAnchorElement).download) {
        clicks.push(e.target as HTMLAnchorElement);
        e.preventDefault();
      }
    };
    document.addEventListener('click', onClick, true);
    try {
      cards(el)[0]!.querySelector<HTMLButtonElement>('.wegwijs-contact-finder__card')!.click();
      for (let i = 0; i < 40 && clicks.length === 0; i++) await aTimeout(50);
    } finally {
      URL.createObjectURL = create;
      document.removeEventListener('click', onClick, true);
    }
    expect(clicks[0]!.download).to.equal('Fatima-El-Amrani.vcf');
    expect(clicks[0]!.href).to.match(/^blob:/);
    expect(blobs[0]!.type).to.contain('text/vcard');
    const text = await blobs[0]!.text();
    expect(text).to.contain('FN:Fatima El Amrani');
    expect(text).to.contain('VERSION:4.0');
  });
});
