/**
 * The snippet builder for web editors: pick a widget, give content, preview it live, see the
 * content check (the same checker as `npx wegwijs check`) and copy a snippet. Dutch first.
 */
import { checkContent, createFetchIO, formatHuman } from '@wegwijs/cli';
import { UI_LOCALES } from '@wegwijs/core';
import { endonym } from '@wegwijs/core/language-switch';

const CDN = 'https://cdn.jsdelivr.net/npm/@wegwijs/embed@0.2.0/dist/cdn/';

interface WidgetInfo {
  example: string;
  views: { value: string; attribute: string; nl: string; en: string }[];
}

const WIDGETS: Record<string, WidgetInfo> = {
  'wegwijs-step-guide': {
    example: '/packages/step-guide/examples/oco-route.json',
    views: [
      { value: 'all', attribute: 'view', nl: 'Alle stappen', en: 'All steps' },
      { value: 'one', attribute: 'view', nl: 'Eén stap tegelijk', en: 'One step at a time' },
    ],
  },
  'wegwijs-video-explainer': {
    example: '/packages/video-explainer/examples/oco-explainer.json',
    views: [
      { value: '', attribute: 'mode', nl: 'Volledige speler', en: 'Full player' },
      {
        value: 'simple',
        attribute: 'mode',
        nl: 'Eenvoudig (grote knoppen)',
        en: 'Simple (large buttons)',
      },
    ],
  },
  'wegwijs-letter-explainer': {
    example: '/packages/letter-explainer/examples/wmo-beschikking.json',
    views: [{ value: '', attribute: '', nl: 'Standaard', en: 'Default' }],
  },
  'wegwijs-contact-finder': {
    example: '/packages/contact-finder/examples/voorbeeldstad-contacts.json',
    views: [{ value: '', attribute: '', nl: 'Standaard', en: 'Default' }],
  },
};

const EN: Record<string, string> = {
  title: 'Snippet builder for web editors',
  intro: 'Choose a widget, give your content, look at the preview and copy the code for your CMS.',
  step1: '1. Widget',
  widget: 'Which widget?',
  'w-step': 'Step guide with pictograms',
  'w-video': 'Explainer video in several languages',
  'w-letter': 'Letter explainer',
  'w-contact': 'Contact person who speaks your language',
  step2: '2. Content',
  src: 'Address (URL) of the content file (JSON or CSV)',
  'src-hint': 'Or paste the content itself below (JSON).',
  inline: 'Content (JSON)',
  example: 'Use example content',
  step3: '3. Settings',
  lang: 'Default language',
  view: 'View',
  theme: 'House style',
  'theme-site': "The site's house style (NL Design System)",
  'theme-custom': 'Own colours',
  primary: 'Main colour',
  link: 'Link colour',
  radius: 'Rounded corners',
  step4: '4. Code',
  'kind-script': 'Script and tag',
  'kind-iframe': 'iframe (if your CMS does not allow scripts)',
  snippet: 'Code for your CMS',
  copy: 'Copy the code',
  check: 'Check of your content',
  preview: 'Preview',
  copied: 'The code is copied.',
  'no-content': 'Give a content address or paste content to check it.',
};
const NL: Record<string, string> = {
  copied: 'De code is gekopieerd.',
  'no-content': 'Geef een adres of plak inhoud om die te controleren.',
};

const form = document.querySelector<HTMLFormElement>('#builder')!;
const field = <T extends HTMLElement>(id: string) => document.querySelector<T>(`#${id}`)!;
let pageLang: 'nl' | 'en' = 'nl';

function say(key: string): string {
  return pageLang === 'en'
    ? (EN[key] ?? key)
    : (NL[key] ?? document.querySelector(`[data-t="${key}"]`)?.getAttribute('data-nl') ?? key);
}

function translatePage(): void {
  document.documentElement.lang = pageLang;
  for (const element of document.querySelectorAll<HTMLElement>('[data-t]')) {
    if (!element.dataset.nl) element.dataset.nl = element.textContent ?? '';
    element.textContent =
      pageLang === 'en' ? (EN[element.dataset.t!] ?? element.dataset.nl) : element.dataset.nl;
  }
  const toggle = field<HTMLButtonElement>('page-language');
  toggle.textContent = pageLang === 'en' ? 'Nederlands' : 'English';
  toggle.lang = pageLang === 'en' ? 'nl' : 'en';
  fillViews();
}

function fillLanguages(): void {
  const select = field<HTMLSelectElement>('lang');
  for (const code of UI_LOCALES) {
    const option = new Option(`${endonym(code)} (${code})`, code);
    option.lang = code;
    select.append(option);
  }
}

function fillViews(): void {
  const select = field<HTMLSelectElement>('view');
  const current = select.value;
  select.replaceChildren(
    ...WIDGETS[field<HTMLSelectElement>('widget').value]!.views.map(
      (view) =>
        new Option(
          pageLang === 'en' ? view.en : view.nl,
          view.value,
          false,
          view.value === current,
        ),
    ),
  );
}

interface Settings {
  tag: string;
  src: string;
  inline: string;
  lang: string;
  view?: { attribute: string; value: string };
  tokens: [string, string][];
  kind: 'script' | 'iframe';
}

function settings(): Settings {
  const tag = field<HTMLSelectElement>('widget').value;
  const viewValue = field<HTMLSelectElement>('view').value;
  const view = WIDGETS[tag]!.views.find((v) => v.value === viewValue && v.attribute);
  const custom = (form.elements.namedItem('theme') as RadioNodeList).value === 'custom';
  const tokens: [string, string][] = custom
    ? ['primary', 'link', 'radius'].map((id) => {
        const input = field<HTMLInputElement>(id);
        return [input.name, input.value];
      })
    : [];
  return {
    tag,
    src: field<HTMLInputElement>('src').value.trim(),
    inline: field<HTMLTextAreaElement>('inline').value.trim(),
    lang: field<HTMLSelectElement>('lang').value,
    view: view ? { attribute: view.attribute, value: view.value } : undefined,
    tokens,
    kind: (form.elements.namedItem('kind') as RadioNodeList).value as 'script' | 'iframe',
  };
}

function attributes(s: Settings): [string, string][] {
  const list: [string, string][] = [];
  if (s.src && !s.inline) list.push(['src', s.src]);
  if (s.lang && s.lang !== 'nl') list.push(['lang', s.lang]);
  if (s.view) list.push([s.view.attribute, s.view.value]);
  return list;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function snippet(s: Settings): string {
  const attrs = attributes(s)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const style = s.tokens.length
    ? ` style="${s.tokens.map(([k, v]) => `${k}: ${v}`).join('; ')}"`
    : '';
  if (s.kind === 'iframe') {
    const params = new URLSearchParams({ widget: s.tag.replace('wegwijs-', '') });
    for (const [name, value] of attributes(s)) params.set(name, value);
    for (const [name, value] of s.tokens) params.set(name, value);
    const title = pageLang === 'en' ? 'Explanation by the municipality' : 'Uitleg van de gemeente';
    return `<iframe data-wegwijs title="${title}" src="${CDN}embed.html?${escapeAttribute(params.toString())}" style="inline-size:100%;border:0" loading="lazy"></iframe>\n<script type="module" src="${CDN}wegwijs-iframe.js" crossorigin="anonymous"></script>`;
  }
  const inline = s.inline
    ? `\n  <script type="application/json">\n${s.inline.replace(/<\//g, '<\\/')}\n  </script>\n`
    : '';
  return `<script type="module" src="${CDN}wegwijs.js" crossorigin="anonymous"></script>\n<${s.tag}${attrs}${style}>${inline}</${s.tag}>`;
}

function preview(s: Settings): void {
  const container = field<HTMLDivElement>('preview');
  const widget = document.createElement(s.tag);
  widget.setAttribute('preview', '');
  for (const [name, value] of attributes(s)) widget.setAttribute(name, value);
  for (const [name, value] of s.tokens) widget.style.setProperty(name, value);
  if (s.inline) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = s.inline;
    widget.append(script);
  }
  container.replaceChildren(widget);
}

let checkRun = 0;
async function check(s: Settings): Promise<void> {
  const output = field<HTMLDivElement>('check');
  const run = ++checkRun;
  if (!s.src && !s.inline) {
    output.textContent = say('no-content');
    return;
  }
  const url = new URL(s.inline ? 'inline.json' : s.src, location.href);
  let text: string | null = s.inline || null;
  if (!s.inline) {
    try {
      const response = await fetch(url);
      text = response.ok ? await response.text() : null;
    } catch {
      text = null;
    }
  }
  const report = await checkContent(
    {
      text,
      url,
      widget: s.tag.replace('wegwijs-', ''),
      lang: pageLang,
      rootUrl: new URL('/', location.href),
    },
    createFetchIO({ schemaBase: new URL('/packages/', location.href) }),
  );
  if (run !== checkRun) return;
  const pre = document.createElement('pre');
  pre.className = report.ok ? 'check-ok' : 'check-error';
  pre.textContent = formatHuman([report], { lang: pageLang });
  output.replaceChildren(pre);
}

let timer: ReturnType<typeof setTimeout> | undefined;
function update(): void {
  const s = settings();
  field<HTMLTextAreaElement>('snippet').value = snippet(s);
  clearTimeout(timer);
  timer = setTimeout(() => {
    preview(s);
    void check(s);
  }, 400);
}

field<HTMLButtonElement>('example').addEventListener('click', () => {
  field<HTMLInputElement>('src').value = WIDGETS[field<HTMLSelectElement>('widget').value]!.example;
  field<HTMLTextAreaElement>('inline').value = '';
  update();
});
field<HTMLButtonElement>('copy').addEventListener('click', async () => {
  const area = field<HTMLTextAreaElement>('snippet');
  try {
    await navigator.clipboard.writeText(area.value);
  } catch {
    area.select();
    document.execCommand('copy');
  }
  field<HTMLParagraphElement>('copied').textContent = say('copied');
});
field<HTMLButtonElement>('page-language').addEventListener('click', () => {
  pageLang = pageLang === 'nl' ? 'en' : 'nl';
  translatePage();
  update();
});
field<HTMLSelectElement>('widget').addEventListener('change', fillViews);
form.addEventListener('input', update);
form.addEventListener('change', update);

fillLanguages();
fillViews();
field<HTMLInputElement>('src').value = WIDGETS['wegwijs-step-guide']!.example;
update();
