/**
 * File access for a browser page (a snippet builder): uses fetch only. Plain ES module.
 */

/**
 * The content rules come with the widgets' checks (widgets.js); only referenced files are fetched.
 * @param {object} [options]
 * @param {string | URL} [options.schemaBase] no longer used: the rules come with the checks
 * @param {typeof fetch} [options.fetch]
 * @returns {import('./check.js').CheckIO}
 */
export function createFetchIO({ fetch: doFetch = globalThis.fetch } = {}) {
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
  };
}
