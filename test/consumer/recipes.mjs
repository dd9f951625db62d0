// The code recipes of docs/developers.md, compiled by the consumer apps. A recipe is a fenced
// block right after a comment `<!-- recipe: <kind> <file> … -->`: react, vue and angular
// recipes are written into that app as <file> and type-checked with it; the HTML recipe's
// script goes into the Vite + TypeScript app as TypeScript, and its tags and attributes are
// checked against the installed packages' manifests.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const docs = new URL('../../docs/developers.md', import.meta.url);

/** [{ kind, file, code }] from the developers' guide. */
export function readRecipes() {
  const text = readFileSync(docs, 'utf8');
  const found = [
    ...text.matchAll(/<!-- recipe: ([\w-]+) (\S+)[^>]*-->\s*\n```\w*\n([\s\S]*?)\n```/g),
  ];
  return found.map(([, kind, file, code]) => ({ kind, file, code: `${code}\n` }));
}

/** Which app compiles a recipe of this kind. */
const appOf = { html: 'vite-ts', react: 'react', vue: 'vue', angular: 'angular' };

/** Write the recipes that `app` compiles into its folder; returns what was written. */
export function writeRecipes(app, dir, recipes = readRecipes()) {
  const written = [];
  for (const recipe of recipes.filter((r) => appOf[r.kind] === app)) {
    if (recipe.kind === 'html') {
      const script = /<script type="module">\n([\s\S]*?)<\/script>/.exec(recipe.code)?.[1] ?? '';
      const file = join(dir, 'src/recipe-html.ts');
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(
        file,
        `// From docs/developers.md (the HTML recipe's script).\n${script}export {};\n`,
      );
      written.push('src/recipe-html.ts');
    } else {
      const file = join(dir, recipe.file);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, recipe.code);
      written.push(recipe.file);
    }
  }
  if (app === 'vue' && written.some((file) => file.endsWith('.vue')))
    // vue-tsc checks the components a TypeScript file imports.
    writeFileSync(
      join(dir, 'src/recipes.ts'),
      written.map((file) => `import './${file.replace(/^src\//, '')}';\n`).join(''),
    );
  return written;
}

/** Problems of the HTML recipe: tags or attributes no installed manifest documents. */
export function checkHtmlRecipe(appDir, recipes = readRecipes()) {
  const recipe = recipes.find((r) => r.kind === 'html');
  if (!recipe) return ['docs/developers.md has no HTML recipe'];
  const scope = join(appDir, 'node_modules/@wegwijs');
  const attributes = new Map();
  for (const name of readdirSync(scope)) {
    const file = join(scope, name, 'custom-elements.json');
    if (!existsSync(file)) continue;
    for (const module of JSON.parse(readFileSync(file, 'utf8')).modules)
      for (const declaration of module.declarations ?? [])
        if (declaration.tagName)
          attributes.set(
            declaration.tagName,
            new Set((declaration.attributes ?? []).map((a) => a.name)),
          );
  }
  const problems = [];
  const markup = recipe.code.replace(/<script[\s\S]*?<\/script>/g, '');
  for (const [, tag, rest] of markup.matchAll(/<(wegwijs-[a-z-]+)([^>]*)>/g)) {
    const known = attributes.get(tag);
    if (!known) {
      problems.push(`<${tag}> is in no installed manifest`);
      continue;
    }
    for (const [, attribute] of rest.matchAll(/([a-z][a-z-]*)(?:="[^"]*")?/g))
      if (!known.has(attribute) && !['id', 'class', 'lang', 'dir', 'hidden'].includes(attribute))
        problems.push(`<${tag} ${attribute}> is not a documented attribute`);
  }
  if (!markup.includes('<wegwijs-')) problems.push('the HTML recipe uses no Wegwijs tag');
  return problems;
}
