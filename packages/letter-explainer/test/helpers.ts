import { html, waitUntil } from '@open-wc/testing';
import { defined } from '../src/define.js';
import type { WegwijsLetterExplainer } from '../src/letter-explainer.js';

export const EXAMPLES = '/packages/letter-explainer/examples';

export async function ready(el: WegwijsLetterExplainer): Promise<WegwijsLetterExplainer> {
  await defined;
  await el.ready;
  await waitUntil(() => el.content?.status !== 'loading', 'content loads', { timeout: 4000 });
  await el.ready;
  return el;
}

export const markupLetter = () =>
  html`<wegwijs-letter-explainer today="2025-03-01">
    <div data-letter data-auto-terms="off">
      <p>
        Wij hebben een <dfn data-term="beschikking">beschikking</dfn> genomen. U kunt bezwaar maken
        <mark data-explain="deadline">binnen 6 weken na de dagtekening</mark>.
      </p>
      <p>U betaalt een <mark data-explain="eigen-bijdrage">eigen bijdrage</mark> aan het CAK.</p>
    </div>
    <p data-answer="what">Een besluit over uw aanvraag.</p>
    <p data-answer="what" lang="ar">قرار بشأن طلبك.</p>
    <p data-answer="todo">Niets, als u het eens bent.</p>
    <p data-answer="when" data-deadline-weeks="6">Binnen 6 weken na de datum van de brief.</p>
    <p data-answer="if-nothing">Dan geldt het besluit.</p>
    <p data-answer="help" data-phone="14 0123">Een cliëntondersteuner helpt gratis.</p>
    <p data-explanation="deadline">U hebt 6 weken, vanaf de datum bovenaan de brief.</p>
    <p data-explanation="deadline" lang="ar">لديك 6 أسابيع من تاريخ الرسالة.</p>
  </wegwijs-letter-explainer>`;

export const termButtons = (el: HTMLElement) => [
  ...el.querySelectorAll<HTMLButtonElement>('button.wegwijs-letter-explainer__term'),
];
