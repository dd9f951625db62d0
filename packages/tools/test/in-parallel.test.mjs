import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inParallel } from '../lib/in-parallel.mjs';

test('inParallel runs every item once, never more than the limit at a time', async () => {
  let running = 0;
  let most = 0;
  const done = [];
  const workers = new Set();
  await inParallel([1, 2, 3, 4, 5], 2, async (item, worker) => {
    running += 1;
    most = Math.max(most, running);
    workers.add(worker);
    await new Promise((resolve) => setTimeout(resolve, item * 3));
    done.push(item);
    running -= 1;
  });
  assert.deepEqual([...done].sort(), [1, 2, 3, 4, 5]);
  assert.equal(most, 2);
  assert.deepEqual([...workers].sort(), [0, 1]);
});

test('inParallel with no items, or a limit below one, still runs', async () => {
  await inParallel([], 3, () => assert.fail('no item'));
  const done = [];
  await inParallel(['a', 'b'], 0, async (item) => done.push(item));
  assert.deepEqual(done, ['a', 'b']);
});
