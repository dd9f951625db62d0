import { expect } from '@open-wc/testing';
import { isRtl, languagesOf, matchUiLocale, resolveText } from '../src/index.js';
import { endonym } from '../src/language-switch.js';

describe('resolveText', () => {
  const text = { nl: 'Bel de gemeente', ar: 'اتصل بالبلدية', tr: 'Belediyeyi arayın' };

  it('picks the active locale and marks its language and direction', () => {
    expect(resolveText(text, 'ar')).to.deep.equal({
      text: 'اتصل بالبلدية',
      lang: 'ar',
      dir: 'rtl',
      fallback: false,
    });
  });

  it('matches a regional locale on its primary language', () => {
    expect(resolveText(text, 'ar-MA')?.lang).to.equal('ar');
    expect(resolveText({ 'pt-BR': 'Olá', nl: 'Hallo' }, 'pt')?.text).to.equal('Olá');
  });

  it('falls back to Dutch, marked lang="nl" dir="ltr", when the locale is missing', () => {
    expect(resolveText(text, 'fa')).to.deep.equal({
      text: 'Bel de gemeente',
      lang: 'nl',
      dir: 'ltr',
      fallback: true,
    });
  });

  it('falls back to the first available text when there is no Dutch', () => {
    expect(resolveText({ en: 'Call us', tr: 'Bizi arayın' }, 'pl')).to.include({
      text: 'Call us',
      lang: 'en',
      fallback: true,
    });
  });

  it('treats a plain string as the content language (Dutch unless told)', () => {
    expect(resolveText('Hallo', 'ar')).to.deep.equal({
      text: 'Hallo',
      lang: 'nl',
      dir: 'ltr',
      fallback: true,
    });
    expect(resolveText('مرحبا', 'ar', 'ar')).to.include({
      lang: 'ar',
      dir: 'rtl',
      fallback: false,
    });
  });

  it('returns undefined for missing text', () => {
    expect(resolveText(undefined, 'nl')).to.equal(undefined);
    expect(resolveText({}, 'nl')).to.equal(undefined);
  });

  it('lists the languages texts are available in', () => {
    expect(languagesOf([text, 'plain', { fr: 'x' }])).to.deep.equal(['nl', 'ar', 'tr', 'fr']);
  });
});

describe('languages', () => {
  it('names languages in their own language, never as flags', () => {
    expect(endonym('ar')).to.equal('العربية');
    expect(endonym('tr')).to.equal('Türkçe');
    expect(endonym('uk')).to.equal('Українська');
    expect(endonym('pl-PL')).to.equal('Polski');
    // Not in our table: Intl gives the endonym, capitalised.
    expect(endonym('es')).to.equal('Español');
    expect(endonym('sv')).to.equal('Svenska');
  });

  it('knows right-to-left scripts', () => {
    for (const code of ['ar', 'fa', 'he', 'ur', 'ar-MA']) expect(isRtl(code), code).to.equal(true);
    for (const code of ['nl', 'tr', 'uk', 'ti']) expect(isRtl(code), code).to.equal(false);
  });

  it('matches UI locales by primary language', () => {
    expect(matchUiLocale('tr-TR')).to.equal('tr');
    expect(matchUiLocale('de')).to.equal(undefined);
    expect(matchUiLocale('not a code!')).to.equal(undefined);
  });
});
