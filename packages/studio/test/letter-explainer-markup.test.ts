// Studio's markup for the letter explainer, read back by the widget's own reader: every
// example and story letter comes back as the same content (every field of the content model),
// and the markup is a readable page without JavaScript.
import { expect } from '@open-wc/testing';
import type { LetterContent } from '@wegwijs/letter-explainer';
import { letterExplainerMarkup } from '../src/output/letter-explainer-markup.js';
import { expectRoundTrip, hostWith } from './letter-round-trip.js';

const LETTERS = [
  '/packages/letter-explainer/examples/aanmaning-belastingen.json',
  '/packages/letter-explainer/examples/bijzondere-bijstand-gegevens.json',
  '/packages/letter-explainer/examples/dwangbevel-belastingen.json',
  '/packages/letter-explainer/examples/huurachterstand-huurtoeslag.json',
  '/packages/letter-explainer/examples/jeugdhulp-besluit.json',
  '/packages/letter-explainer/examples/keukentafelgesprek.json',
  '/packages/letter-explainer/examples/wmo-beschikking.json',
  '/stories/letter-explainer/aanmaning-afbeelding.json',
];
const load = async (url: string) => (await (await fetch(url)).json()) as LetterContent;

/** Every field the content model has, each in two languages where it is a text. */
const EVERYTHING: LetterContent = {
  title: { nl: 'Uw aanvraag', ar: 'طلبك' },
  lang: 'nl',
  topic: 'letters',
  machineTranslated: ['ar'],
  answers: {
    what: { nl: 'Een **besluit** over uw aanvraag.', ar: 'قرار بشأن طلبك.' },
    todo: { nl: 'Lees de brief.\n\n- Bel ons\n- Of kom langs', ar: 'اقرأ الرسالة.' },
    when: { nl: 'Binnen 6 weken.', ar: 'خلال 6 أسابيع.' },
    ifNothing: { nl: 'Dan blijft het zo. [Meer](https://example.org/meer)', ar: 'يبقى كما هو.' },
    help: { nl: 'Bel ons.', ar: 'اتصل بنا.' },
  },
  deadline: {
    weeks: 6,
    from: 'letter-date',
    label: { nl: 'Bezwaar maken', ar: 'الاعتراض' },
    source: 'Maak bezwaar binnen 6 weken na de dagtekening.',
  },
  objection: true,
  letter: [
    'Geachte heer Haddad,',
    'U kunt [[bezwaar|bezwaar maken]] binnen 6 weken <na> de "dagtekening" & zo.',
    'Met vriendelijke groet,\nDe gemeente',
  ],
  image: {
    src: '/brief.svg',
    alt: { nl: 'De brief', ar: 'الرسالة' },
    regions: [
      {
        x: 1,
        y: 2.5,
        width: 30,
        height: 10,
        text: { nl: 'Datum', ar: 'التاريخ' },
        explain: 'bezwaar',
      },
    ],
  },
  explanations: [
    {
      id: 'bezwaar',
      term: 'bezwaar maken',
      text: { nl: 'Zeggen dat u het niet eens bent.', ar: 'أن تقول إنك لا توافق.' },
      glossary: 'bezwaar',
    },
  ],
  autoTerms: false,
  skipTerms: ['inkomen', 'termijn'],
  help: {
    phone: '14 0123',
    walkIn: { nl: 'Dinsdag 9–12 uur.', ar: 'الثلاثاء 9–12.' },
    link: { href: 'https://example.org/hulp', text: { nl: 'Meer hulp', ar: 'مساعدة أكثر' } },
    contactFinder: '#contact',
  },
};

describe('letter explainer markup', () => {
  for (const url of LETTERS)
    it(`${url.split('/').pop()} comes back the same through the widget's reader`, async () => {
      expectRoundTrip(await load(url));
    });

  it('holds every field of the content model', () => {
    const read = expectRoundTrip(EVERYTHING);
    // Not only the same after normalising: every field is there.
    expect(Object.keys(read).sort()).to.deep.equal(Object.keys(EVERYTHING).sort());
  });

  it('plain-string texts, a fixed date and automatic deadlines come back too', () => {
    expectRoundTrip({
      title: 'Uw brief',
      answers: { what: 'Wat', todo: 'Doen', ifNothing: 'Niets', help: 'Hulp' },
      deadline: { date: '2027-03-01', label: 'Betalen' },
      help: { walkIn: 'Maandag', link: { href: 'https://example.org', text: 'Site' } },
      image: { src: 'b.png', alt: 'Brief', regions: [] },
    });
    expectRoundTrip({
      answers: {
        what: { nl: 'Wat' },
        todo: { nl: 'Doen' },
        ifNothing: { nl: 'Niets' },
        help: { nl: 'Hulp' },
      },
      deadline: { auto: true },
    });
  });

  it('is a readable page without JavaScript: the letter, the answers, a working link', () => {
    const host = hostWith(letterExplainerMarkup(EVERYTHING, ['nl', 'ar']));
    expect(host.querySelector('[data-letter] mark[data-explain="bezwaar"]')!.textContent).to.equal(
      'bezwaar maken',
    );
    expect(host.querySelector('[data-letter]')!.textContent).to.contain(
      '<na> de "dagtekening" & zo',
    );
    expect(host.querySelector('[data-letter] br')).to.exist;
    expect(host.querySelector('[data-answer="what"][lang="ar"]')!.getAttribute('dir')).to.equal(
      'rtl',
    );
    expect(host.querySelector('[data-answer="todo"] ul li')!.textContent).to.equal('Bel ons');
    expect(host.querySelector('a[data-help="link"]')!.getAttribute('href')).to.equal(
      'https://example.org/hulp',
    );
    expect(host.querySelector('figure img')!.getAttribute('alt')).to.equal('De brief');
    // Only the working languages are written.
    expect(letterExplainerMarkup(EVERYTHING, ['nl'])).to.not.include('lang="ar"');
  });

  it('fills in the profile, so a resident without JavaScript reads the real number', () => {
    const markup = letterExplainerMarkup(
      {
        answers: { what: 'Wat', todo: 'Doen', ifNothing: 'Niets', help: 'Bel {{telefoon}}' },
        help: { phone: '{{telefoon}}' },
      },
      ['nl'],
      { telefoon: '14 020' },
    );
    expect(markup).to.include('Bel 14 020');
    expect(markup).to.include('data-phone="14 020"');
    expect(markup).to.not.include('{{');
  });
});
