import { expect, fixture, html } from '@open-wc/testing';
import { adoptLightStyles, lightStyleSheet } from '../src/light-dom/light-styles.js';

describe('light-DOM styles', () => {
  it('makes one sheet per CSS text, layered unless told otherwise', () => {
    const layered = lightStyleSheet('x-a p{color:red}');
    expect(lightStyleSheet('x-a p{color:red}')).to.equal(layered);
    expect(layered.cssRules[0]).to.be.instanceOf(CSSLayerBlockRule);
    expect(lightStyleSheet('x-a p{color:red}', { layered: false }).cssRules[0]).to.be.instanceOf(
      CSSStyleRule,
    );
  });

  it('adopts once into the root that holds the widget, also a shadow root', async () => {
    const sheet = lightStyleSheet('x-b p{color:blue}');
    const outer = await fixture(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const widget = document.createElement('x-b');
    shadow.append(widget);
    adoptLightStyles(widget, sheet);
    adoptLightStyles(widget, sheet);
    expect(shadow.adoptedStyleSheets.filter((s) => s === sheet)).to.have.length(1);
    expect(document.adoptedStyleSheets.includes(sheet)).to.equal(false);
  });

  it('skips a widget that is not in a page', () => {
    const detached = document.createElement('x-c');
    const sheet = lightStyleSheet('x-c p{color:green}');
    expect(() => adoptLightStyles(detached, sheet)).not.to.throw();
    expect(() =>
      adoptLightStyles(document.createDocumentFragment().appendChild(detached), sheet),
    ).not.to.throw();
    expect(document.adoptedStyleSheets.includes(sheet)).to.equal(false);
  });
});
