/**
 * What a resident sees when the host's Content-Security-Policy forbids Lit's Trusted Types
 * policy (`require-trusted-types-for 'script'` with a `trusted-types` list without `lit-html`):
 * Lit throws while it loads, so no Wegwijs element can upgrade, and a widget fed by `src` or
 * inline JSON would stay an empty box. The loader then calls this module, which imports no
 * Lit and creates no policy: `createElement` and `textContent` need none (STACK.md gotcha 14).
 *
 * The editor's markup, when there is some, is readable as it is and stays. Otherwise a short
 * message in the page's language, with a link where there is one (`fallback-href`, or the
 * read-aloud button's `audio`), and one console message for the host's developer naming the
 * line to add. Texts: machine-assisted translations, to be reviewed like the other catalogs.
 */
import { directionOf, normaliseLocale, primaryLanguage } from '../locale/locales.js';
import { STORAGE_KEYS, readDevice } from '../storage/device-storage.js';

/** The policy line the host adds (with its own policy names in the same list). */
export const POLICY_LINE = "trusted-types lit-html 'allow-duplicates'";

/** Whether a failed load is Trusted Types refusing (or finding a duplicate of) our policy. */
export function isPolicyError(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /createPolicy|trusted.?types?|policy "?lit-html/i.test(text);
}

type Texts = [
  content: string,
  link: string,
  listen: string,
  readAloud: string,
  languageSwitch: string,
];

const TEXTS: Record<string, Texts> = {
  nl: [
    'Deze informatie kan hier nu niet worden getoond.',
    'Bekijk de informatie op een andere pagina',
    'Luister naar de opname',
    'Voorlezen werkt hier nu niet.',
    'Een andere taal kiezen werkt hier nu niet.',
  ],
  en: [
    'This information cannot be shown here right now.',
    'See the information on another page',
    'Listen to the recording',
    'Reading aloud does not work here right now.',
    'Choosing another language does not work here right now.',
  ],
  ar: [
    'لا يمكن عرض هذه المعلومات هنا الآن.',
    'اطّلع على المعلومات في صفحة أخرى',
    'استمع إلى التسجيل',
    'القراءة بصوت عالٍ لا تعمل هنا الآن.',
    'اختيار لغة أخرى لا يعمل هنا الآن.',
  ],
  tr: [
    'Bu bilgi şu anda burada gösterilemiyor.',
    'Bilgiyi başka bir sayfada görün',
    'Kaydı dinleyin',
    'Sesli okuma şu anda burada çalışmıyor.',
    'Başka bir dil seçmek şu anda burada çalışmıyor.',
  ],
  fr: [
    'Ces informations ne peuvent pas être affichées ici pour le moment.',
    'Voir les informations sur une autre page',
    'Écouter l’enregistrement',
    'La lecture à voix haute ne fonctionne pas ici pour le moment.',
    'Le choix d’une autre langue ne fonctionne pas ici pour le moment.',
  ],
  pl: [
    'Tych informacji nie można teraz tutaj wyświetlić.',
    'Zobacz informacje na innej stronie',
    'Posłuchaj nagrania',
    'Czytanie na głos nie działa tu teraz.',
    'Wybór innego języka nie działa tu teraz.',
  ],
  uk: [
    'Цю інформацію зараз не можна показати тут.',
    'Перегляньте інформацію на іншій сторінці',
    'Прослухайте запис',
    'Читання вголос зараз тут не працює.',
    'Вибір іншої мови зараз тут не працює.',
  ],
  bg: [
    'Тази информация не може да бъде показана тук в момента.',
    'Вижте информацията на друга страница',
    'Чуйте записа',
    'Четенето на глас не работи тук в момента.',
    'Изборът на друг език не работи тук в момента.',
  ],
  ro: [
    'Aceste informații nu pot fi afișate aici acum.',
    'Vedeți informațiile pe o altă pagină',
    'Ascultați înregistrarea',
    'Citirea cu voce tare nu funcționează aici acum.',
    'Alegerea altei limbi nu funcționează aici acum.',
  ],
  fa: [
    'این اطلاعات اکنون اینجا نمایش داده نمی‌شود.',
    'اطلاعات را در صفحه‌ای دیگر ببینید',
    'به ضبط گوش دهید',
    'بلندخوانی اکنون اینجا کار نمی‌کند.',
    'انتخاب زبان دیگر اکنون اینجا کار نمی‌کند.',
  ],
  ti: [
    'እዚ ሓበሬታ ሕጂ ኣብዚ ክርአ ኣይክእልን እዩ።',
    'ነቲ ሓበሬታ ኣብ ካልእ ገጽ ርአዩ',
    'ነቲ ቅዳሕ ድምጺ ስምዑ',
    'ብድምጺ ምንባብ ሕጂ ኣብዚ ኣይሰርሕን እዩ።',
    'ካልእ ቋንቋ ምምራጽ ሕጂ ኣብዚ ኣይሰርሕን እዩ።',
  ],
  so: [
    'Macluumaadkan halkan laguma muujin karo hadda.',
    'Ka eeg macluumaadka bog kale',
    'Dhageyso duubista',
    'Akhrinta codka dheer halkan kama shaqeyso hadda.',
    'Dooranka luqad kale halkan kama shaqeyso hadda.',
  ],
};

/** The page's language as the widgets would resolve it: own lang, stored choice, page, browser. */
function localeFor(element: Element): string {
  const candidates = [
    element.closest('[lang]')?.getAttribute('lang'),
    readDevice(STORAGE_KEYS.locale),
    document.documentElement.lang,
    ...(globalThis.navigator?.languages ?? []),
  ];
  for (const candidate of candidates) {
    const code = normaliseLocale(candidate);
    if (code && TEXTS[primaryLanguage(code)]) return primaryLanguage(code);
  }
  return 'nl';
}

/** The editor wrote readable markup inside the element (not only inline JSON or templates). */
function hasEditorMarkup(element: Element): boolean {
  for (const node of element.childNodes) {
    if (node.nodeType === 3 && node.textContent?.trim()) return true;
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (child.hasAttribute('data-wegwijs-fallback')) return true;
    if (!['script', 'template', 'style'].includes(child.localName)) return true;
  }
  return false;
}

/** An http(s) address from an attribute, resolved against the page; nothing else. */
function pageLink(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim(), document.baseURI);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Put the message into one element (once); returns whether it did. */
export function renderPolicyFallback(element: Element): boolean {
  if (hasEditorMarkup(element)) return false;
  const lang = localeFor(element);
  const [content, link, listen, readAloud, languages] = TEXTS[lang]!;
  const tag = element.localName;
  const box = document.createElement('p');
  box.setAttribute('data-wegwijs-fallback', '');
  box.lang = lang;
  box.dir = directionOf(lang);
  box.textContent =
    tag === 'wegwijs-read-aloud'
      ? readAloud
      : tag === 'wegwijs-language-switch'
        ? languages
        : content;
  const audio = tag === 'wegwijs-read-aloud' ? pageLink(element.getAttribute('audio')) : undefined;
  const href = audio ?? pageLink(element.getAttribute('fallback-href'));
  if (href) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = audio ? listen : link;
    box.append(' ', a);
  }
  // CSSOM, not a style attribute: a strict style-src allows it.
  box.style.borderInlineStart = '4px solid currentColor';
  box.style.paddingInlineStart = '0.75em';
  element.append(box);
  return true;
}

const failed = new Set<string>();
let told = false;
let observer: MutationObserver | undefined;

/**
 * The code for `tag` could not load because of the host's Trusted Types policy: show every
 * element with that tag (and any added later) readable, and tell the host's developer once.
 */
export function showPolicyFallback(tag: string): void {
  failed.add(tag);
  if (!told) {
    told = true;
    console.error(
      `[wegwijs] This page's Content-Security-Policy does not allow the Trusted Types policy ` +
        `"lit-html" that Wegwijs needs, so its widgets show a short message or the editor's ` +
        `markup instead. Add it to the trusted-types directive, beside your own policy names: ` +
        `${POLICY_LINE}`,
    );
  }
  const scan = (root: ParentNode) => {
    const selector = [...failed].join(',');
    if (root instanceof Element && root.matches(selector)) renderPolicyFallback(root);
    for (const element of root.querySelectorAll(selector)) renderPolicyFallback(element);
  };
  scan(document);
  observer ??= new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });
  observer.observe(document, { childList: true, subtree: true });
}
