// Each element's manifest against the element at run time (needs `npm run build`: the manifests
// and the .d.ts files). Every documented attribute, property, method and event exists; every
// property the element has on top of LitElement is either documented or declared non-public
// (private, protected, #private or @internal) in the published types. The schema side is
// packages/tools/test/manifests.test.mjs.
import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import '@wegwijs/core/define';
import '@wegwijs/step-guide/define';
import '@wegwijs/video-explainer/define';
import '@wegwijs/letter-explainer/define';
import '@wegwijs/contact-finder/define';
import '@wegwijs/question-helper/define';
import * as core from '@wegwijs/core';
import * as stepGuide from '@wegwijs/step-guide';
import * as videoExplainer from '@wegwijs/video-explainer';
import * as letterExplainer from '@wegwijs/letter-explainer';
import * as contactFinder from '@wegwijs/contact-finder';
import * as questionHelper from '@wegwijs/question-helper';

interface Item {
  name: string;
  kind?: string;
  static?: boolean;
  fieldName?: string;
  type?: { text: string };
}
interface Declaration {
  name: string;
  kind?: string;
  tagName?: string;
  customElement?: boolean;
  superclass?: { name: string; package?: string; module?: string };
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

const packages: Record<string, Record<string, unknown>> = {
  core,
  'step-guide': stepGuide,
  'video-explainer': videoExplainer,
  'letter-explainer': letterExplainer,
  'contact-finder': contactFinder,
  'question-helper': questionHelper,
};

/** A file of the repository, as it is on disk (the dev server would compile a .d.ts). */
async function text(path: string): Promise<string> {
  const content = await readFile({ path: `..${path}` });
  if (content === undefined) throw new Error(`${path} is missing (run npm run build)`);
  return content;
}

const manifests = Object.fromEntries(
  await Promise.all(
    Object.keys(packages).map(async (dir) => [
      dir,
      JSON.parse(await text(`/packages/${dir}/custom-elements.json`)) as Manifest,
    ]),
  ),
) as Record<string, Manifest>;

/** The package folder and module path of a class, from the manifests. */
function locate(name: string, preferred: string): { dir: string; path: string } {
  for (const dir of [preferred, ...Object.keys(manifests)])
    for (const module of manifests[dir]!.modules)
      if (module.declarations?.some((d) => d.name === name && d.kind !== 'variable'))
        return { dir, path: module.path };
  throw new Error(`class ${name} is in no manifest`);
}

/**
 * Names a class's published types declare non-public: `private`, `protected`, `#private`, or
 * with `@internal` in their doc comment. Read from the .d.ts tsc wrote (one member per line
 * at four spaces inside `export declare class Name …{`).
 */
async function typeNames(
  className: string,
  dir: string,
): Promise<{ hidden: Set<string>; declared: Set<string> }> {
  const { dir: home, path } = locate(className, dir);
  const dts = await text(
    `/packages/${home}/${path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.d.ts')}`,
  );
  const start = dts.indexOf(`export declare class ${className} `);
  if (start < 0) throw new Error(`no class ${className} in the types of ${path}`);
  const body = dts.slice(start, dts.indexOf('\n}', start)).split('\n').slice(1);
  const hidden = new Set<string>();
  const declared = new Set<string>();
  let internal = false;
  let inComment = false;
  for (const line of body) {
    if (/^ {4}\/\*\*/.test(line)) inComment = true;
    if (inComment) {
      if (line.includes('@internal')) internal = true;
      if (line.includes('*/')) inComment = false;
      continue;
    }
    const member =
      /^ {4}(?:(private|protected|public) )?(?:static )?(?:readonly )?(?:get |set )?(#?[\w$]+)/.exec(
        line,
      );
    if (!member) continue;
    declared.add(member[2]!);
    if (
      member[1] === 'private' ||
      member[1] === 'protected' ||
      member[2]!.startsWith('#') ||
      internal
    )
      hidden.add(member[2]!);
    internal = false;
  }
  return { hidden, declared };
}

/** The names the types of a class and its Wegwijs superclasses declare (see typeNames). */
async function chainNames(declaration: Declaration, dir: string) {
  const hidden = new Set<string>();
  const declared = new Set<string>();
  for (let klass: Declaration | undefined = declaration; klass;) {
    const names = await typeNames(klass.name, dir);
    names.hidden.forEach((name) => hidden.add(name));
    names.declared.forEach((name) => declared.add(name));
    const superclass: string | undefined = klass.superclass?.name;
    if (!superclass || superclass === 'LitElement') break;
    const { dir: home, path } = locate(superclass, dir);
    klass = manifests[home]!.modules.find((m) => m.path === path)!.declarations!.find(
      (d) => d.name === superclass,
    );
  }
  return { hidden, declared };
}

/** What every LitElement has on its instances and prototypes (Lit's own, HTMLElement's). */
function litNames(): Set<string> {
  class Bare extends LitElement {}
  customElements.define('manifest-runtime-bare', Bare);
  const names = new Set(Object.keys(document.createElement('manifest-runtime-bare')));
  for (let proto: object | null = LitElement.prototype; proto; proto = Object.getPrototypeOf(proto))
    Object.getOwnPropertyNames(proto).forEach((name) => names.add(name));
  return names;
}
const lit = litNames();

/** The element's own properties and everything its classes below LitElement define. */
function runtimeNames(element: HTMLElement): Set<string> {
  const names = new Set(Object.keys(element));
  for (
    let proto = Object.getPrototypeOf(element) as object;
    proto !== LitElement.prototype;
    proto = Object.getPrototypeOf(proto) as object
  )
    Object.getOwnPropertyNames(proto).forEach((name) => names.add(name));
  return new Set([...names].filter((name) => !lit.has(name) && !/^(__|_\$)/.test(name)));
}

for (const [dir, manifest] of Object.entries(manifests))
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const tag = declaration.tagName;
      describe(`<${tag}> at run time, against its manifest`, () => {
        const ctor = customElements.get(tag) as
          | (CustomElementConstructor & {
              observedAttributes: string[];
            })
          | undefined;
        const element = () => document.createElement(tag) as HTMLElement & Record<string, unknown>;

        it('is defined by its package', () => {
          expect(ctor, `${tag} is not defined`).to.exist;
          expect(ctor!.name).to.equal(declaration.name);
        });

        it('observes every documented attribute', () => {
          for (const attribute of declaration.attributes ?? [])
            expect(ctor!.observedAttributes, attribute.name).to.include(attribute.name);
        });

        it('has every documented property and method', async () => {
          const el = element();
          const { declared } = await chainNames(declaration, dir);
          for (const member of declaration.members ?? []) {
            const owner = member.static ? (ctor as unknown as Record<string, unknown>) : el;
            // An optional field without a value (`index?: ContactIndex`) exists in the types only.
            const exists =
              member.name in owner || (member.kind === 'field' && declared.has(member.name));
            expect(exists, `${member.static ? 'static ' : ''}${member.name}`).to.be.true;
            if (member.kind === 'method')
              expect(typeof owner[member.name], member.name).to.equal('function');
          }
        });

        it('documents events the package exports as typed event classes', () => {
          const exported = packages[dir]!;
          for (const event of declaration.events ?? []) {
            const eventClass = exported[event.type!.text] as { eventName?: string } | undefined;
            expect(eventClass, `${event.type!.text} is not exported by ${dir}`).to.exist;
            expect(eventClass!.eventName).to.equal(event.name);
            expect(new (eventClass as unknown as new (...a: never[]) => Event)()).to.be.instanceOf(
              Event,
            );
          }
        });

        it('has no public property or method the manifest does not document', async () => {
          const documented = new Set((declaration.members ?? []).map((m) => m.name));
          const { hidden } = await chainNames(declaration, dir);
          const undocumented = [...runtimeNames(element())].filter(
            (name) => name !== 'constructor' && !documented.has(name) && !hidden.has(name),
          );
          expect(undocumented, `public but not in the manifest`).to.deep.equal([]);
        });
      });
    }
