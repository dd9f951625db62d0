import { expect, waitUntil } from '@open-wc/testing';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { setPageLocale } from '@wegwijs/core';
import { $, $$, FIVE, explainer, mainVideo, withPlayer, waitForTranscript } from './helpers.js';

document.documentElement.lang = 'nl';

describe('video explainer: accessibility', () => {
  afterEach(() => setPageLocale('nl', { remember: false }));

  for (const locale of ['nl', 'ar']) {
    it(`passes axe in ${locale} with the transcript open`, async () => {
      await setPageLocale(locale, { remember: false });
      const el = await explainer(FIVE, { transcript: true });
      await withPlayer(el);
      await waitForTranscript(el, locale === 'ar' ? 'المرافق مستقل.' : 'Deze hulp is gratis.');
      await waitUntil(
        () =>
          $(el, '[data-play]')?.getAttribute('aria-label') ===
          (locale === 'ar' ? 'تشغيل' : 'Afspelen'),
        'UI strings',
      );
      await expect(el).to.be.accessible();
      // The shortcut and settings panels too.
      $$<HTMLButtonElement>(el, '.bar button[aria-expanded]')[1]!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe in simple mode and before the first play', async () => {
    await setPageLocale('nl', { remember: false });
    const facade = await explainer(FIVE, { mode: 'simple' });
    await expect(facade).to.be.accessible();
    await withPlayer(facade);
    await expect(facade).to.be.accessible();
  });

  it('reads the controls well with a screen reader', async () => {
    await setPageLocale('nl', { remember: false });
    const el = await explainer(FIVE);
    await withPlayer(el);
    await waitUntil(
      () =>
        $$(el, '.bar button').some((b) => b.textContent!.includes('Audiobeschrijving')) &&
        mainVideo(el).duration > 0,
      'tracks and metadata loaded',
    );
    await el.updateComplete;
    const bar = $(el, '.bar')!;
    await virtual.start({ container: bar });
    try {
      for (let i = 0; i < 16; i++) await virtual.next();
      const spoken = (await virtual.spokenPhraseLog()).join('\n');
      expect(spoken).to.contain('button, Afspelen');
      expect(spoken).to.contain('button, 5 seconden terug');
      expect(spoken).to.contain('slider, Tijdlijn');
      expect(spoken).to.contain('0:00 van 0:35');
      expect(spoken).to.contain('button, Vorig hoofdstuk');
      expect(spoken).to.contain('Gratis hulp');
      expect(spoken).to.match(
        /toggle button, Ondertiteling, pressed|button, Ondertiteling, pressed/,
      );
    } finally {
      await virtual.stop();
    }
  });
});
