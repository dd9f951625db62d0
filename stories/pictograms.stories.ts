import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import {
  PICTOGRAM_LOCALES,
  loadPictogram,
  pictogramNames,
  renderPictogram,
  resolvePictogramAlt,
  type Pictogram,
} from '@wegwijs/pictograms';

interface PictogramArgs {
  name: string;
  locale: string;
  dir: 'ltr' | 'rtl';
  decorative: boolean;
  size: string;
}

const RTL = new Set(['ar', 'fa']);

// Plain CSS in a <style> element of the story (no inline style attributes); colours follow
// currentColor, so the grid also works in forced-colors mode and dark themes.
const gridStyles = html`<style>
  .pictogram-grid {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr));
    gap: 1rem;
    color: CanvasText;
    font-family: system-ui, sans-serif;
  }
  .pictogram-grid figure {
    margin: 0;
    padding: 0.75rem;
    border: 1px solid currentColor;
    border-radius: 0.5rem;
    text-align: center;
  }
  .pictogram-grid .pictogram-box {
    inline-size: 4rem;
    block-size: 4rem;
    margin-inline: auto;
  }
  .pictogram-grid figcaption {
    margin-block-start: 0.5rem;
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  .pictogram-grid code {
    display: block;
    font-size: 0.75rem;
  }
  .pictogram-single {
    inline-size: 12rem;
    block-size: 12rem;
    color: CanvasText;
  }
</style>`;

async function loadAll(): Promise<Pictogram[]> {
  const all = await Promise.all(pictogramNames.map((n) => loadPictogram(n)));
  return all.filter((p): p is Pictogram => p !== undefined);
}

function grid(locale: string) {
  const dir = RTL.has(locale) ? 'rtl' : 'ltr';
  const items = loadAll().then(
    (all) =>
      html`<ul class="pictogram-grid" lang=${locale} dir=${dir} aria-label="Pictogrammen">
        ${all.map(
          (p) =>
            html`<li>
              <figure>
                <div class="pictogram-box">
                  ${renderPictogram(p, { locale, dir, decorative: true })}
                </div>
                <figcaption>
                  <code lang="en" dir="ltr">${p.name}</code>
                  <bdi>${resolvePictogramAlt(p, locale)}</bdi>
                </figcaption>
              </figure>
            </li>`,
        )}
      </ul>`,
  );
  return html`${gridStyles}${until(items, html`<p role="status">Pictogrammen laden…</p>`)}`;
}

const meta: Meta<PictogramArgs> = {
  title: 'Foundations/Pictograms',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Pictograms for the OCO widgets: filled Health Icons plus our own drawings on the same ' +
          '48×48 grid, one module each, coloured with `currentColor`, with alt text in 12 languages. ' +
          'Load with `loadPictogram(name)` and draw with `renderPictogram(p, { locale, dir })`.',
      },
    },
  },
  argTypes: {
    name: { control: 'select', options: [...pictogramNames, 'unknown-name'] },
    locale: { control: 'select', options: [...PICTOGRAM_LOCALES, 'ar-MA'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    decorative: { control: 'boolean' },
    size: { control: 'text' },
  },
  args: { name: 'phone', locale: 'nl', dir: 'ltr', decorative: false, size: '100%' },
};
export default meta;

type Story = StoryObj<PictogramArgs>;

/** The whole set with the name and the alt text in the chosen language (the grid's own label). */
export const AllPictograms: Story = {
  args: { locale: 'nl' },
  argTypes: {
    name: { table: { disable: true } },
    dir: { table: { disable: true } },
    decorative: { table: { disable: true } },
    size: { table: { disable: true } },
  },
  render: ({ locale }) => grid(locale),
};

/** The set in Arabic: right to left, directional pictograms mirrored. */
export const AllPictogramsRtl: Story = {
  ...AllPictograms,
  args: { locale: 'ar' },
};

/** One pictogram with its alt text; try `dir: rtl` with `bus` or `message`. */
export const Single: Story = {
  render: ({ name, locale, dir, decorative, size }) =>
    html`${gridStyles}
      <div class="pictogram-single" lang=${locale} dir=${dir}>
        ${until(
          loadPictogram(name).then((p) =>
            renderPictogram(p, { locale, dir, decorative, size, alt: p ? undefined : name }),
          ),
          renderPictogram(undefined, { decorative: true }),
        )}
      </div>`,
};

/** An unknown name renders the neutral placeholder instead of failing. */
export const UnknownName: Story = {
  ...Single,
  args: { name: 'unknown-name' },
};
