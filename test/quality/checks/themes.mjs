// The published NL Design System themes (stories/themes/nlds-themes.mjs) in the built
// Storybook: one story per theme, not the whole matrix (each theme on another widget, so the
// five themes cover the five widgets), with the theme's class applied and axe (WCAG 2.2 AA,
// colour contrast included) clean. Every widget under every theme, from the CDN files, is
// test/theming/screenshots.mjs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { NLDS_THEMES } from '../../../stories/themes/nlds-themes.mjs';
import { packageOf, widgetList } from '../../../packages/embed/widget-list.mjs';
import { AXE_TAGS, loadAllowlist } from './stories.mjs';

/** The widgets with content (packages), from the one widget list. */
const WIDGETS = widgetList.filter((w) => w.content.length > 0).map((w) => packageOf(w.module));

export async function themeChecks(ctx) {
  const { repo, here, stories, only, newPage, openStory, test, skip } = ctx;
  if (!only.has('themes')) return;
  const axePath = createRequire(join(repo, 'package.json')).resolve('axe-core/axe.min.js');
  const axeSource = readFileSync(axePath, 'utf8');
  const { list: allow } = loadAllowlist(here);
  const p = await newPage();
  try {
    for (const [index, theme] of NLDS_THEMES.entries()) {
      const widget = WIDGETS[index % WIDGETS.length];
      const story = stories.find((s) => s.id.startsWith(`widgets-${widget}--`));
      if (!story) {
        skip('themes', theme.id, `no story of ${widget} selected`);
        continue;
      }
      await test('themes', `${story.id} [${theme.id}]`, async () => {
        await openStory(p.page, story.id, { locale: 'nl', theme: theme.id });
        const applied = await p.page.evaluate(
          (name) => document.querySelector('#storybook-root main')?.classList.contains(name),
          theme.className,
        );
        if (!applied) throw new Error(`the story is not in the theme's class ${theme.className}`);
        await p.page.addScriptTag({ content: axeSource });
        const disabled = { ...(allow.rules ?? {}), ...(allow.stories?.[story.id] ?? {}) };
        const violations = await p.page.evaluate(
          async ({ tags, disabledRules }) => {
            const r = await window.axe.run(
              { include: ['#storybook-root'] },
              {
                runOnly: { type: 'tag', values: tags },
                rules: Object.fromEntries(disabledRules.map((id) => [id, { enabled: false }])),
                resultTypes: ['violations'],
              },
            );
            return r.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`);
          },
          { tags: AXE_TAGS, disabledRules: Object.keys(disabled) },
        );
        if (violations.length) throw new Error(violations.join('\n'));
        return theme.package;
      });
    }
  } finally {
    await p.close();
  }
}
