import { expect, waitUntil } from '@open-wc/testing';
import type { WegwijsStepGuide } from '@wegwijs/step-guide';
import { UI_LOCALES } from '@wegwijs/core';

export const BASE = '/packages/content-oco/content/';

/** The 12 UI languages (packages/core/src/locale/locales.ts): the content speaks all of them. */
/** The UI languages (core's list), sorted: the OCO content is written in every one. */
export const LANGUAGES = [...UI_LOCALES].sort();

/** Every municipality-profile field the docs (docs/content-oco.nl.md) tell the editor to fill in. */
export const PLACEHOLDERS = [
  '{{adres}}',
  '{{inlooptijden}}',
  '{{reactietijd}}',
  '{{telefoon}}',
  '{{website}}',
  '{{whatsapp}}',
];

export const TEXT_FILES = [
  'step-guide-oco.json',
  'video-script-oco.json',
  'contact-finder-intro.json',
];

export type Json = Record<string, unknown>;

export const getText = async (url: string) => {
  const response = await fetch(url);
  expect(response.ok, `${url} is served`).to.equal(true);
  return response.text();
};

export const getJson = async (url: string) => JSON.parse(await getText(url)) as Json;

// The checker's browser-safe modules (`wegwijs check` = these + orchestration in check.js).
// check.js itself cannot load here: it imports papaparse, a UMD script the dev server cannot
// serve as a module. test/check.node.test.mjs runs the real CLI on the same files.
export interface Readability {
  words: number;
  scored: boolean;
  aboveB1: boolean;
  fleschDouma: number;
  brouwer: number;
  longSentences: unknown[];
}

export interface Checker {
  validateWithSchema(data: unknown, schema: object): Array<{ code: string; path: string }>;
  readability(text: string): Readability;
  findTexts(data: unknown): { texts: unknown[] };
  dutchTexts(texts: unknown[]): Array<{ path: string; text: string }>;
  checkVtt(text: string): { cues: number; problems: Array<{ code: string; line?: number }> };
}

let checker: Promise<Checker> | undefined;

export const loadChecker = () =>
  (checker ??= Promise.all(
    ['schema', 'readability', 'texts', 'vtt'].map(
      (name) => import(/* @vite-ignore */ `/packages/cli/src/${name}.js`) as Promise<object>,
    ),
  ).then((modules) => Object.assign({}, ...modules) as Checker));

export const STEPS = 10;

/** Wait until the guide has rendered its steps (light DOM) and their pictograms. */
export async function rendered(el: WegwijsStepGuide) {
  await el.content.loaded;
  await waitUntil(
    () => el.querySelectorAll('.wegwijs-step-guide__step').length === STEPS,
    'steps not rendered',
    {
      timeout: 4000,
    },
  );
  await waitUntil(() => !el.querySelector('[data-pictogram="loading"]'), 'pictograms', {
    timeout: 4000,
  });
  await el.updateComplete;
}

/** Open every step: a closed step's text, actions and read-aloud button are filled when it opens. */
export async function openAll(el: WegwijsStepGuide) {
  const toggles = () => [...el.querySelectorAll<HTMLButtonElement>('.wegwijs-step-guide__toggle')];
  const allOpen = () => toggles().every((t) => t.getAttribute('aria-expanded') === 'true');
  if (!allOpen()) {
    // As a resident does: the "show all steps" button in the bar.
    const showAll = [
      ...el.querySelectorAll<HTMLButtonElement>('.wegwijs-step-guide__bar button'),
    ].find((b) => b.hasAttribute('aria-expanded'))!;
    showAll.click();
    await el.updateComplete;
  }
  expect(toggles()).to.have.length(STEPS);
  expect(allOpen()).to.equal(true);
}
