// The GC nudge: a forced collection (of the young generation, or a full one every n-th time) each
// time a stream has passed `every` bytes, none in between. Forced collections are told apart from V8's own by the FORCED flag of the
// `gc` performance entries node records.
import { constants, performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { GcNudge, prepareGcNudge } from '@cib/core/runtime-memory/gc-nudge';

/**
 * Runs `work`, then returns the forced collections of `kind` (minor by default) that started while
 * it ran. node delivers gc entries asynchronously, later on a loaded machine: it waits until
 * `expected` have come (at most 10 s) and 100 ms more for any extra; entries of earlier work
 * delivered late fall outside the time window and are not counted.
 */
async function forcedCollections(
  work: () => void,
  expected: number,
  kind: number = constants.NODE_PERFORMANCE_GC_MINOR,
): Promise<number> {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  const from = performance.now();
  work();
  const to = performance.now();
  const counted = () =>
    entries.filter((entry) => {
      // node's gc entries carry { kind, flags } (not in @types/node 20's PerformanceEntry).
      const { detail } = entry as unknown as { detail: { kind: number; flags: number } };
      return (
        entry.startTime >= from &&
        entry.startTime <= to &&
        detail.kind === kind &&
        (detail.flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) !== 0
      );
    }).length;
  for (let waited = 0; counted() < expected && waited < 10_000; waited += 20)
    await new Promise((resolve) => setTimeout(resolve, 20));
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return counted();
}

beforeAll(() => prepareGcNudge());

test('collects once every `every` bytes passed, counting across calls', async () => {
  const nudge = new GcNudge(1000);
  expect(await forcedCollections(() => [400, 400, 100].forEach((bytes) => nudge.passedBytes(bytes)), 0)).toBe(0);
  expect(await forcedCollections(() => nudge.passedBytes(100), 1)).toBe(1);
  expect(await forcedCollections(() => [999, 1000, 5000].forEach((bytes) => nudge.passedBytes(bytes)), 2)).toBe(2);
});

test('each stream counts its own bytes', async () => {
  const first = new GcNudge(1000);
  const second = new GcNudge(1000);
  expect(
    await forcedCollections(() => {
      first.passedBytes(600);
      second.passedBytes(600);
    }, 0),
  ).toBe(0);
});

test('preparing again, with the young generation capped, keeps nudging', async () => {
  await prepareGcNudge({ capYoungGeneration: true });
  const nudge = new GcNudge(10);
  expect(await forcedCollections(() => nudge.passedBytes(10), 1)).toBe(1);
});

test('with fullEvery, every n-th nudge is a full collection and the others minor ones', async () => {
  const nudge = new GcNudge(10, 3);
  const nudges = () => [10, 10, 10, 10, 10, 10].forEach((bytes) => nudge.passedBytes(bytes));
  expect(await forcedCollections(nudges, 2, constants.NODE_PERFORMANCE_GC_MAJOR)).toBe(2);
  expect(await forcedCollections(nudges, 4)).toBe(4);
});
