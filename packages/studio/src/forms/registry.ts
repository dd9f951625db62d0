/**
 * The table of forms: per widget its form element (see `contract.ts`), how to load it, its
 * content check (the widget's own `./check` export) and where a new draft can start. The shell
 * knows forms only through this table.
 */
import { msg } from '@wegwijs/core/locale/msg';
import type { Profile, WidgetCheck } from '@wegwijs/core/check';
import { missingVideoParts, videoLanguages } from './video-explainer/version-edits.js';

export interface FormEntry {
  /** The widget's tag without `wegwijs-`. */
  widget: string;
  /** The form element, `wegwijs-studio-<widget>-form`. */
  tag: string;
  label: () => string;
  /** Registers the form element. */
  load: () => Promise<unknown>;
  /** The widget's own content check. */
  check: () => Promise<WidgetCheck>;
  /** The content of a new, empty draft. */
  empty: () => unknown;
  /** A small example to start from. */
  example: () => Promise<unknown>;
  /** The OCO content pack's content for this widget, when it has one. */
  oco?: () => Promise<unknown>;
  /** The content as the widget's editor markup (readable without JavaScript), when it has one. */
  markup?: (content: unknown, languages: string[], profile?: Profile) => Promise<string>;
  /** What that markup cannot hold of this content (for the editor), when it can lose anything. */
  markupLosses?: (content: unknown) => Promise<string[]>;
  /**
   * For content with one version per language (the video) instead of texts per language: its
   * languages, and what each working language lacks (for the overview).
   */
  versions?: {
    languages: (content: unknown) => string[];
    missing: (content: unknown, languages: string[]) => Map<string, string[]>;
  };
}

export const FORMS: FormEntry[] = [
  {
    widget: 'step-guide',
    tag: 'wegwijs-studio-step-guide-form',
    label: () => msg('Stappenplan met pictogrammen'),
    load: () => import('./step-guide/define.js'),
    check: () => import('@wegwijs/step-guide/check').then((m) => m.stepGuideCheck),
    empty: () => ({ lang: 'nl', steps: [{ title: { nl: '' } }] }),
    example: () => import('./step-guide/example.js').then((m) => m.stepGuideExample),
    oco: () => import('@wegwijs/content-oco/step-guide-oco.json').then((m) => m.default),
    markup: (content, languages, profile) =>
      import('../output/step-guide-markup.js').then((m) =>
        m.stepGuideMarkup(content as never, languages, profile),
      ),
  },
  // The examples are not in the widgets' exports: the app bundles them from the repository.
  {
    widget: 'contact-finder',
    tag: 'wegwijs-studio-contact-finder-form',
    label: () => msg('Contactpersoon in uw taal'),
    load: () => import('./contact-finder/define.js'),
    check: () => import('@wegwijs/contact-finder/check').then((m) => m.contactFinderCheck),
    empty: () => ({ contacts: [] }),
    example: () =>
      import('../../../contact-finder/examples/voorbeeldstad-contacts.json').then((m) => m.default),
    markup: (content, languages, profile) =>
      import('../output/contact-finder-markup.js').then((m) =>
        m.contactFinderMarkup(content as never, languages, profile),
      ),
    markupLosses: (content) =>
      import('../output/contact-finder-markup.js').then((m) =>
        m.contactFinderMarkupLosses(content as never),
      ),
  },
  {
    widget: 'letter-explainer',
    tag: 'wegwijs-studio-letter-explainer-form',
    label: () => msg('Uitleg bij een brief'),
    load: () => import('./letter-explainer/define.js'),
    check: () => import('@wegwijs/letter-explainer/check').then((m) => m.letterExplainerCheck),
    empty: () => ({ answers: {} }),
    example: () =>
      import('../../../letter-explainer/examples/wmo-beschikking.json').then((m) => m.default),
    markup: (content, languages, profile) =>
      import('../output/letter-explainer-markup.js').then((m) =>
        m.letterExplainerMarkup(content as never, languages, profile),
      ),
  },
  {
    widget: 'question-helper',
    tag: 'wegwijs-studio-question-helper-form',
    label: () => msg('Hulpvraag in eigen woorden'),
    load: () => import('./question-helper/define.js'),
    check: () => import('@wegwijs/question-helper/check').then((m) => m.questionHelperCheck),
    empty: () => ({
      lang: 'nl',
      domains: [
        { id: 'onderwerp-1', label: { nl: '' }, statements: [{ id: 'zin-1', text: { nl: '' } }] },
      ],
    }),
    example: () =>
      import('../../../question-helper/examples/voorbeeldstad-questions.json').then(
        (m) => m.default,
      ),
    oco: () => import('@wegwijs/content-oco/question-helper-oco.json').then((m) => m.default),
    markup: (content, languages, profile) =>
      import('../output/question-helper-markup.js').then((m) =>
        m.questionHelperMarkup(content as never, languages, profile),
      ),
    markupLosses: (content) =>
      import('../output/question-helper-markup.js').then((m) =>
        m.questionHelperMarkupLosses(content as never),
      ),
  },
  {
    widget: 'video-explainer',
    tag: 'wegwijs-studio-video-explainer-form',
    label: () => msg('Uitlegvideo in meer talen', { id: 'studio-video-widget' }),
    load: () => import('./video-explainer/define.js'),
    check: () => import('@wegwijs/video-explainer/check').then((m) => m.videoExplainerCheck),
    empty: () => ({ versions: [{ lang: 'nl', title: '', sources: [{ src: '' }] }] }),
    example: () =>
      import('../../../video-explainer/examples/oco-explainer.json').then((m) => m.default),
    oco: () => import('@wegwijs/content-oco/video-explainer-oco.json').then((m) => m.default),
    markup: (content) =>
      import('../output/video-explainer-markup.js').then((m) =>
        m.videoExplainerMarkup(content as never),
      ),
    versions: {
      languages: (content) => videoLanguages(content),
      missing: (content, languages) =>
        missingVideoParts(
          content,
          languages,
          msg('nog geen video in deze taal', { id: 'studio-video-missing' }),
        ),
    },
  },
];

export const formFor = (widget: string) => FORMS.find((f) => f.widget === widget) ?? FORMS[0]!;
