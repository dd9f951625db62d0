import { expect, html, waitUntil } from '@open-wc/testing';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { setPageLocale } from '@wegwijs/core';
import '../src/define.js';
import { SET_URL, helperFor } from './helpers.js';

afterEach(async () => {
  await setPageLocale('nl', { remember: false });
  localStorage.clear();
});

describe('screen reader (virtual)', () => {
  it('reads every step: heading, toggle buttons, groups with their legends, labelled fields', async function () {
    this.timeout(30000);
    await setPageLocale('nl', { remember: false });
    const { el } = await helperFor(
      html`<wegwijs-question-helper src=${SET_URL}></wegwijs-question-helper>`,
    );
    const read = async (steps: number) => {
      await virtual.start({ container: el.querySelector('.wegwijs-question-helper__in')! });
      try {
        for (let i = 0; i < steps; i++) await virtual.next();
        return (await virtual.spokenPhraseLog()).join(' | ');
      } finally {
        await virtual.stop();
      }
    };
    el.querySelector<HTMLButtonElement>(
      '.wegwijs-question-helper__domain[data-id="letter"]',
    )!.click();
    await el.updateComplete;
    let spoken = await read(30);
    expect(spoken).to.contain('heading, Waar gaat het over?, level 2');
    expect(spoken).to.contain('Stap 1 van 4');
    expect(spoken).to.match(/button, Geld en schulden, not pressed/);
    expect(spoken).to.match(/button, Een brief die ik niet begrijp, pressed/);
    el.go(1);
    await el.updateComplete;
    spoken = await read(40);
    expect(spoken).to.contain('group, Een brief die ik niet begrijp');
    expect(spoken).to.match(
      /checkbox, Ik heb een brief gekregen die ik niet begrijp\., not checked/,
    );
    el.go(2);
    await waitUntil(() => el.querySelector('select'), 'the how step');
    spoken = await read(60);
    expect(spoken).to.contain('combobox, In welke taal wilt u hulp?');
    expect(spoken).to.contain('group, Hoe wilt u contact?');
    expect(spoken).to.match(/radio, WhatsApp, not checked/);
  });
});
