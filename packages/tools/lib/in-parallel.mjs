/**
 * Runs `fn(item, worker)` over `items`, at most `limit` at a time, each worker (0 … limit − 1)
 * taking the next item as soon as it is done with one. For work that mostly waits (a browser
 * page, a registry): the quality gates' stories, the journeys' devices, publishing tarballs.
 */
export async function inParallel(items, limit, fn) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.min(Math.max(1, limit), queue.length) }, async (_, worker) => {
      while (queue.length) await fn(queue.shift(), worker);
    }),
  );
}
