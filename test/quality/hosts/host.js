// Shared script of the hostile host pages (no inline script anywhere: the strict CSP forbids it).
// <html data-bundles="a b"> says which copies of the CDN files to load, in order: the first
// through its loader (wegwijs.js, as editors embed it), the others by importing their widget
// files directly (a second bundle on the page). The widgets come from the manifest the quality
// runner writes (test/quality/lib/bundle.mjs).
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(
    `${e.violatedDirective}: ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`,
  );
});

const sibling = document.getElementById('sibling');
sibling.addEventListener('click', () => {
  sibling.dataset.clicks = String(Number(sibling.dataset.clicks ?? 0) + 1);
});

async function main() {
  const bundles = (document.documentElement.dataset.bundles ?? 'a').split(/\s+/);
  const manifest = await (await fetch('/__bundle/meta/manifest.json')).json();
  const target = document.getElementById('widgets');
  for (const { tag, attrs } of manifest.elements) {
    const section = document.createElement('section');
    const heading = document.createElement('h2');
    heading.textContent = tag;
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    section.append(heading, el);
    target.append(section);
  }
  const [first, ...others] = bundles;
  await import(`/__bundle/${first}/wegwijs.js`);
  for (const name of others)
    for (const file of manifest.files) await import(`/__bundle/${name}/widgets/${file}.js`);
  document.documentElement.dataset.ready = 'true';
}
main().catch((error) => {
  document.documentElement.dataset.error = String(error?.message ?? error);
  throw error;
});
