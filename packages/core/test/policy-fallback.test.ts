import { expect } from '@open-wc/testing';
import { POLICY_LINE, isPolicyError, renderPolicyFallback } from '../src/base/policy-fallback.js';

// The loader's part under a real CSP is tested on the CDN files by the quality gates
// (test/quality/checks/trusted-types.mjs); this is the DOM the resident gets.
describe('Trusted Types fallback', () => {
  const make = (html: string) => {
    const host = document.createElement('div');
    document.body.append(host);
    host.append(document.createRange().createContextualFragment(html));
    return host.firstElementChild!;
  };
  afterEach(() => document.body.replaceChildren());

  it('recognises Chromium’s policy errors, not others', () => {
    expect(
      isPolicyError(
        new TypeError(
          "Failed to execute 'createPolicy' on 'TrustedTypePolicyFactory': Policy \"lit-html\" disallowed.",
        ),
      ),
    ).to.equal(true);
    expect(isPolicyError(new TypeError('Failed to fetch dynamically imported module'))).to.equal(
      false,
    );
    expect(POLICY_LINE).to.equal("trusted-types lit-html 'allow-duplicates'");
  });

  it('gives a JSON-fed widget a message in the page language, with its fallback link', () => {
    const el = make(
      '<wegwijs-step-guide lang="tr" src="/route.json" fallback-href="/route.html"></wegwijs-step-guide>',
    );
    expect(renderPolicyFallback(el)).to.equal(true);
    const box = el.querySelector('[data-wegwijs-fallback]')!;
    expect(box.getAttribute('lang')).to.equal('tr');
    expect(box.textContent).to.contain('Bu bilgi şu anda burada gösterilemiyor.');
    expect(box.querySelector('a')!.href).to.equal(new URL('/route.html', location.href).href);
    expect(renderPolicyFallback(el), 'once').to.equal(false);
  });

  it('keeps the editor’s markup, and refuses a javascript: fallback link', () => {
    const markup = make('<wegwijs-step-guide><ol><li><h3>Stap</h3></li></ol></wegwijs-step-guide>');
    expect(renderPolicyFallback(markup)).to.equal(false);
    const el = make(
      '<wegwijs-letter-explainer lang="ar" fallback-href="javascript:alert(1)"><script type="application/json">{}</script></wegwijs-letter-explainer>',
    );
    expect(renderPolicyFallback(el)).to.equal(true);
    const box = el.querySelector('[data-wegwijs-fallback]') as HTMLElement;
    expect(box.dir).to.equal('rtl');
    expect(box.querySelector('a')).to.equal(null);
  });

  it('links the read-aloud button to its recording', () => {
    const el = make(
      '<wegwijs-read-aloud lang="nl" text="Hallo" audio="/bel.mp3"></wegwijs-read-aloud>',
    );
    renderPolicyFallback(el);
    expect(el.textContent).to.contain('Voorlezen werkt hier nu niet.');
    expect(el.querySelector('a')!.textContent).to.equal('Luister naar de opname');
  });
});
