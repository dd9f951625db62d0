// Editors read one set of words (issue 18): every problem a widget's `preview` notice shows has
// the code, the path and the Dutch message `wegwijs check` prints for the same file. Every CLI
// fixture, every model fixture and every example and story file goes through both: the widget's
// own check path (what its content loader runs and the notice shows) and the CLI's checkContent.
// In the browser, because the widgets' readers are browser code; one file in the existing run.
import { expect, fixture, html } from '@open-wc/testing';
import { parseJson, problemText, setPageLocale, type ContentProblem } from '@wegwijs/core';
import { wordCode } from '@wegwijs/core/check/message-table';
// @ts-expect-error plain ES modules without types
import { checkContent } from '../src/check.js';
// @ts-expect-error plain ES modules without types
import { EXAMPLE_FILES, FIXTURE_FILES, MODEL_WIDGETS } from './problem-parity.files.mjs';
import { checkRoute } from '../../step-guide/src/schema.js';
import { checkQuestionSet } from '../../question-helper/src/schema.js';
import {
  check as checkContacts,
  parseText as readContactsFile,
} from '../../contact-finder/src/data.js';
import { checkLetter } from '../../letter-explainer/src/validate.js';
import { readContent } from '../../video-explainer/src/content.js';
import { checkVideoContent } from '../../video-explainer/src/schema.js';
import '../../step-guide/src/define.js';
import type { WegwijsStepGuide } from '../../step-guide/src/step-guide.js';

interface CliProblem {
  code: string;
  path?: string;
  message: string;
}
interface CliReport {
  widget: string | null;
  checks: { id: string; problems: CliProblem[] }[];
}

const BASE = new URL('/content/', location.href).href;

/**
 * What the widget says when content leaves nothing to show: a consequence of the problems
 * above it, which `wegwijs check` already names one by one.
 */
const SUMMARIES = new Set(['step-none', 'question-no-domain', 'contact-none', 'video-versions']);

/** The widget's own check path for JSON data or a file's text, as its content loader runs it. */
async function widgetProblems(widget: string, text: string, url: string) {
  let data: unknown;
  const problems: ContentProblem[] = [];
  if (widget === 'contact-finder') {
    const read = await readContactsFile(text, url);
    problems.push(...read.problems);
    data = read.data;
  } else {
    const parsed = parseJson(text, `src "${url}"`);
    if (!parsed.ok) return [parsed.problem];
    data = parsed.value;
  }
  if (data === undefined) return problems;
  if (widget === 'step-guide') problems.push(...checkRoute(data, BASE).problems);
  if (widget === 'question-helper') problems.push(...checkQuestionSet(data).problems);
  if (widget === 'contact-finder') problems.push(...(await checkContacts(data, BASE)).problems);
  if (widget === 'letter-explainer') problems.push(...checkLetter(data).problems);
  if (widget === 'video-explainer') {
    // The schema's words come with `preview` (player.ts), next to the reader's.
    problems.push(...readContent(data, BASE).problems, ...checkVideoContent(data, BASE));
  }
  return problems;
}

/** `code path: message`: what an editor reads, and by which code. */
const cliLine = (p: CliProblem) => `${p.code} ${p.path ? `${p.path}: ` : ''}${p.message}`;
function widgetLine(p: ContentProblem) {
  // What the widget did about it (`(stap overgeslagen)`) follows the message in the notice.
  const note = p.note ? ` ${wordCode(p.note)}` : '';
  const said = problemText(p);
  expect(said.endsWith(note), said).to.equal(true);
  const message = note ? said.slice(0, -note.length) : said;
  // A file that is no JSON: the widget says where it read it (`src "…"`), the CLI names the
  // file in its heading.
  const path = p.checkCode === 'json-syntax' ? '' : p.path;
  return `${p.checkCode ?? '(no code)'} ${path ? `${path}: ` : ''}${message}`;
}

async function compare(label: string, text: string, url: string, widget?: string) {
  const report = (await checkContent({
    url: new URL(url, location.href),
    text,
    lang: 'nl',
    ...(widget ? { widget } : {}),
  })) as CliReport;
  const on = widget ?? report.widget;
  if (!on) return undefined; // no widget takes it (unknown.json): nothing to compare
  const cli = report.checks
    .filter((c) => ['parse', 'schema', 'csv', 'profile'].includes(c.id))
    .flatMap((c) => c.problems)
    .map(cliLine)
    .sort();
  const own = (await widgetProblems(on, text, url))
    .filter((p) => !SUMMARIES.has(p.checkCode ?? ''))
    .map(widgetLine)
    .sort();
  return { label, cli, own };
}

describe('the preview notice and `wegwijs check` word every problem the same', () => {
  const results: NonNullable<Awaited<ReturnType<typeof compare>>>[] = [];

  after(() => {
    const differ = results.filter((r) => JSON.stringify(r.cli) !== JSON.stringify(r.own));
    for (const r of differ)
      console.log(
        `${r.label}\n  cli:    ${r.cli.join('\n          ')}\n  widget: ${r.own.join('\n          ')}`,
      );
  });

  it('every CLI fixture and every example and story file', async () => {
    for (const path of FIXTURE_FILES as string[]) {
      const text = await (await fetch(`/${path}`)).text();
      const r = await compare(path, text, `/${path}`);
      if (r) results.push(r);
    }
    for (const [path, widget] of EXAMPLE_FILES as [string, string][]) {
      const text = await (await fetch(`/${path}`)).text();
      results.push((await compare(path, text, `/${path}`, widget))!);
    }
    expect(results.length).to.be.greaterThan(25);
    for (const r of results) expect(r.own, r.label).to.deep.equal(r.cli);
  });

  it('every model fixture (valid, invalid and beyond the JSON Schema)', async () => {
    let count = 0;
    for (const widget of MODEL_WIDGETS as string[]) {
      const fixtures = (await import(`./fixtures/model/${widget}.mjs`)) as {
        valid: unknown[];
        invalid: [string, unknown][];
        beyond?: [string, unknown, string][];
      };
      const cases: [string, unknown][] = [
        ...fixtures.valid.map((data, i): [string, unknown] => [`valid ${i}`, data]),
        ...fixtures.invalid,
        ...(fixtures.beyond ?? []).map(([why, data]): [string, unknown] => [why, data]),
      ];
      for (const [why, data] of cases) {
        const r = await compare(
          `${widget}: ${why}`,
          JSON.stringify(data),
          `/${widget}.json`,
          widget,
        );
        results.push(r!);
        count++;
      }
    }
    expect(count).to.be.greaterThan(100);
    const differ = results.filter((r) => JSON.stringify(r.cli) !== JSON.stringify(r.own));
    expect(differ.map((r) => r.label)).to.deep.equal([]);
  });
});

describe('the preview notice shows what `wegwijs check` prints, with the code', () => {
  for (const locale of ['nl', 'ar']) {
    it(`in Dutch with its code and path, accessible in a ${locale} page`, async function () {
      this.timeout(30000);
      await setPageLocale(locale, { remember: false });
      const file = '/packages/cli/test/fixtures/schema-error.json';
      const text = await (await fetch(file)).text();
      const report = (await checkContent({ url: new URL(file, location.href), text })) as CliReport;
      const schema = report.checks.find((c) => c.id === 'schema')!.problems;
      const el = await fixture<WegwijsStepGuide>(
        html`<wegwijs-step-guide preview src=${file}></wegwijs-step-guide>`,
      );
      await el.content.loaded;
      await el.updateComplete;
      const items = [...el.shadowRoot!.querySelectorAll('[part=editor-notice] li')];
      const shown = items.map((li) => ({
        code: li.querySelector('code')?.textContent,
        text: li.querySelector('span')?.textContent,
        lang: li.getAttribute('lang'),
      }));
      // Every problem of the check, in its words, after its path, with its code beside it; the
      // notice may add what the widget did about it ("(stap overgeslagen)").
      for (const p of schema) {
        const line = `${p.path ? `${p.path}: ` : ''}${p.message}`;
        const found = shown.find((s) => s.code === p.code && s.text?.startsWith(line));
        expect(found, `${p.code} ${line}\n${JSON.stringify(shown, null, 1)}`).to.not.equal(
          undefined,
        );
        expect(found!.lang).to.equal('nl');
      }
      // Each line (paths, codes) reads left to right, also in a right-to-left page.
      expect(getComputedStyle(items[0]!).direction).to.equal('ltr');
      await expect(el).to.be.accessible();
    });
  }
  after(() => setPageLocale('nl', { remember: false }));
});
