// The widget list has one home, packages/embed/widget-list.json. The CLI, published on its
// own, ships a generated copy of its part (src/widget-list.js): the copy must equal the list,
// and everything the CLI knows about widgets (detection, checks, schema files) comes from it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateWidgetList, generatedFile } from '../scripts/widget-list.mjs';
import { SCHEMA_FILES } from '../scripts/build-schemas.mjs';
import { detectWidget, SCHEMA_NAMES, WIDGETS } from '../src/detect.js';
import { CHECKS, CSV_WIDGET } from '../src/widgets.js';
import { widgetList } from '../src/widget-list.js';

const list = JSON.parse(
  readFileSync(new URL('../../embed/widget-list.json', import.meta.url), 'utf8'),
).widgets;
const contentWidgets = list.filter((/** @type {any} */ w) => w.content.length > 0);

describe('the CLI reads the one widget list', () => {
  it('src/widget-list.js is generated from packages/embed/widget-list.json (npm run build)', async () => {
    assert.equal(readFileSync(generatedFile, 'utf8'), await generateWidgetList());
  });

  it('knows exactly the widgets of the list that read content, in list order', () => {
    const tags = contentWidgets.map((/** @type {any} */ w) => w.tag);
    assert.deepEqual(
      widgetList.map((w) => w.tag),
      tags,
    );
    assert.deepEqual(
      WIDGETS,
      contentWidgets.map((/** @type {any} */ w) => w.module.split('/')[1]),
    );
    assert.deepEqual(Object.keys(CHECKS), WIDGETS);
    assert.deepEqual(Object.keys(SCHEMA_FILES), WIDGETS);
  });

  it('uses each widget’s own check, schema file and aliases from the list', () => {
    for (const widget of widgetList) {
      assert.equal(widget.check.widget, widget.name, `${widget.name}: its check names it`);
      const entry = contentWidgets.find((/** @type {any} */ w) => w.tag === widget.tag);
      assert.deepEqual(widget.schema, entry.schema);
      for (const alias of entry.schema.aliases) {
        assert.equal(SCHEMA_NAMES[alias], widget.name);
        assert.deepEqual(detectWidget({ $schema: `./${alias}.schema.json` }), {
          widget: widget.name,
          by: 'schema',
        });
      }
    }
    assert.equal(detectWidget({ $schema: '../schema/contacts.schema.json' }).widget, CSV_WIDGET);
    assert.ok(
      contentWidgets
        .find((/** @type {any} */ w) => w.tag === `wegwijs-${CSV_WIDGET}`)
        .content.includes('csv'),
    );
  });
});
