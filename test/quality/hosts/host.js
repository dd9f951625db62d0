// Shared script of the hostile host pages (no inline script anywhere: the strict CSP forbids it).
// <html data-bundles="a b"> says which Wegwijs bundles to load, in order. The widgets come from
// the manifest the quality runner writes next to the bundle (which packages exist today).
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
  const manifest = await (await fetch(`/__bundle/${bundles[0]}/manifest.json`)).json();
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
  for (const name of bundles) await import(`/__bundle/${name}/all.js`);
  document.documentElement.dataset.ready = 'true';
}
main().catch((error) => {
  document.documentElement.dataset.error = String(error?.message ?? error);
  throw error;
});
