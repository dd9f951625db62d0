/** A check's result from its problems (its status is the worst severity), or a skipped check. */

/**
 * @param {import('./check.js').CheckId} id
 * @param {import('./check.js').Problem[]} problems
 * @param {Record<string, unknown>} [info]
 * @returns {import('./check.js').CheckResult}
 */
export function result(id, problems, info) {
  const status = problems.some((p) => p.severity === 'error')
    ? 'error'
    : problems.some((p) => p.severity === 'warning')
      ? 'warning'
      : 'ok';
  return info ? { id, status, problems, info } : { id, status, problems };
}

/**
 * @param {import('./check.js').CheckId} id
 * @param {string} reason
 * @returns {import('./check.js').CheckResult}
 */
export function skipped(id, reason) {
  return { id, status: 'skipped', problems: [], info: { reason } };
}
