// Every widget, with its example content, in every right-to-left UI language: axe-clean,
// direction set, and the interface in that language (issue: "axe in each RTL locale").
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setPageLocale, isRtl, TARGET_LOCALES } from '@wegwijs/core';
import '@wegwijs/step-guide/define';
import '@wegwijs/video-explainer/define';
import '@wegwijs/letter-explainer/define';
import '@wegwijs/contact-finder/define';
import '@wegwijs/question-helper/define';

const RTL_LOCALES = TARGET_LOCALES.filter((code) => isRtl(code));

const WIDGETS = [
  ['wegwijs-step-guide', '/packages/step-guide/examples/oco-route.json'],
  ['wegwijs-video-explainer', '/packages/video-explainer/examples/oco-explainer.json'],
  ['wegwijs-letter-explainer', '/packages/letter-explainer/examples/wmo-beschikking.json'],
  ['wegwijs-contact-finder', '/packages/contact-finder/examples/voorbeeldstad-contacts.json'],
  ['wegwijs-question-helper', '/packages/question-helper/examples/voorbeeldstad-questions.json'],
] as const;

/** Text a resident sees: the widget's light DOM and its shadow root. */
function visibleText(element: Element): string {
  return `${element.shadowRoot?.textContent ?? ''} ${element.textContent ?? ''}`
    .replace(/\s+/g, ' ')
    .trim();
}

describe('right-to-left UI languages', () => {
  it('include Arabic and Farsi', () => {
    expect(RTL_LOCALES).to.include.members(['ar', 'fa']);
  });

  it('cover every content widget of the one widget list, with its example', async () => {
    // The browser cannot import the list at build time, so it reads it as served.
    const list: { widgets: { tag: string; example: { src?: string } }[] } = await (
      await fetch('/packages/embed/widget-list.json')
    ).json();
    const listed = list.widgets
      .filter((widget) => widget.example.src)
      .map((widget) => [widget.tag, `/packages/${widget.example.src}`]);
    expect(WIDGETS.map((entry) => [...entry])).to.deep.equal(listed);
  });

  for (const locale of RTL_LOCALES) {
    for (const [tag, src] of WIDGETS) {
      it(`<${tag}> in ${locale}: right to left and accessible`, async () => {
        await setPageLocale(locale, { remember: false });
        const wrapper = await fixture(html`<div></div>`);
        const element = document.createElement(tag);
        element.setAttribute('src', src);
        wrapper.append(element);
        await customElements.whenDefined(tag);
        // Loaded and rendered: a content status of ready, and more than a title on screen
        // (a length, not a phrase, since every locale and example title differs).
        const content = () => (element as HTMLElement & { content?: { status: string } }).content;
        await waitUntil(
          () => content()?.status === 'ready' && visibleText(element).length > 40,
          `${tag} rendered`,
          { timeout: 7000 },
        );
        await new Promise((resolve) => setTimeout(resolve, 300));
        const directions = [
          ...element.shadowRoot!.querySelectorAll('[dir]'),
          ...element.querySelectorAll('[dir]'),
        ].map((node) => node.getAttribute('dir'));
        expect(directions, 'some part is right to left').to.include('rtl');
        await expect(element).to.be.accessible();
      });
    }
  }

  after(() => setPageLocale('nl', { remember: false }));
});
