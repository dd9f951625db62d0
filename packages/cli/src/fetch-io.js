/**
 * File access for a browser page (a snippet builder): uses fetch only. Plain ES module.
 */

/**
 * @param {object} [options]
 * @param {string | URL} [options.schemaBase] where the packages are served, e.g.
 *   "https://cdn.example/npm/@wegwijs/"; schemas are read from `<base><widget>/schema/<widget>.schema.json`
 * @param {typeof fetch} [options.fetch]
 * @returns {import('./check.js').CheckIO}
 */
export function createFetchIO({ schemaBase, fetch: doFetch = globalThis.fetch } = {}) {
  /** @param {URL} url */
  const get = async (url) => {
    try {
      const response = await doFetch(url);
      return response.ok ? response : null;
    } catch {
      return null;
    }
  };
  return {
    loadSchema: async (widget) => {
      if (!schemaBase) return null;
      const base = String(schemaBase).endsWith('/') ? String(schemaBase) : `${schemaBase}/`;
      const response = await get(new URL(`${widget}/schema/${widget}.schema.json`, base));
      return response ? /** @type {object} */ (await response.json()) : null;
    },
    exists: async (url) => {
      try {
        const response = await doFetch(url, { method: 'HEAD' });
        return response.ok;
      } catch {
        return false;
      }
    },
    readText: async (url) => {
      const response = await get(url);
      return response ? response.text() : null;
    },
    contactColumns: async () => {
      if (!schemaBase) return null;
      const base = String(schemaBase).endsWith('/') ? String(schemaBase) : `${schemaBase}/`;
      const response = await get(new URL('contact-finder/schema/contacts-template.csv', base));
      if (!response) return null;
      const first = (await response.text()).replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
      return first.split(first.includes(';') ? ';' : ',').map((c) => c.replace(/^"|"$/g, ''));
    },
  };
}
