// The pictograms load after the first render, and their imports start one task apart: seven
// module fetches started in one task were a long task on the demo page (issue 23).
import { expect } from '@open-wc/testing';
import type { Pictogram } from '@wegwijs/pictograms';
import { loadPictograms } from '../src/pictogram-loader.js';
import type { GuideHost } from '../src/host.js';
import type { Route } from '../src/types.js';

/** Resolves after `turns` microtasks: no task (timer, network, paint) can run in between. */
async function microtasks(turns: number): Promise<void> {
  for (let i = 0; i < turns; i++) await Promise.resolve();
}

describe('pictogram loader', () => {
  it('starts one import per task, in parallel, and fills the guide once all have arrived', async () => {
    const route: Route = {
      steps: ['phone', 'letter', 'phone', 'telefon', 'plan'].map((pictogram, i) => ({
        title: `Stap ${i + 1}`,
        pictogram,
      })),
    };
    const pictograms = new Map<string, Pictogram | null>();
    const reported: unknown[][] = [];
    const host = {
      pictograms,
      reportProblems: (_source: string, problems: unknown[]) => reported.push(problems),
    } as unknown as GuideHost;
    const started: string[] = [];
    const pending: (() => void)[] = [];
    const load = (name: string) => {
      started.push(name);
      const icon =
        name === 'telefon' ? null : ({ name, alt: {}, body: '' } as unknown as Pictogram);
      return new Promise<Pictogram | null>((resolve) => pending.push(() => resolve(icon)));
    };

    const done = loadPictograms(host, route, load);
    await microtasks(50);
    expect(started, 'imports started in the first task').to.deep.equal(['phone']);

    // Later tasks start the others (each name once) before any download has finished.
    for (let i = 0; i < 20 && started.length < 4; i++) await new Promise((r) => setTimeout(r));
    expect(started).to.deep.equal(['phone', 'letter', 'telefon', 'plan']);
    expect(pictograms.size, 'nothing filled before the downloads end').to.equal(0);

    pending.forEach((finish) => finish());
    await done;
    expect([...pictograms.keys()]).to.have.members(['phone', 'letter', 'telefon', 'plan']);
    expect(pictograms.get('telefon')).to.equal(null);
    expect(reported).to.have.length(1);
    expect(reported[0]).to.have.length(1); // the unknown name, once
  });
});
