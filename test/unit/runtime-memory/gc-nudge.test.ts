// The GC nudge: a forced collection (of the young generation, or a full one every n-th time) each
// time a stream has passed `every` bytes, none in between. Which collections are asked for is
// read from a recording collector (V8 may run a requested minor collection as a full one, so the
// kinds node records are not exact); that a nudge really collects is read from the `gc`
// performance entries node records, told apart from V8's own collections by the FORCED flag.
import { constants, performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { GcNudge, prepareGcNudge, type Collect } from '@cib/core/runtime-memory/gc-nudge';

/** A GcNudge whose collections are recorded instead of run. */
function recorded(every: number, fullEvery = 0): { nudge: GcNudge; asked: string[] } {
  const asked: string[] = [];
  const collect: Collect = ({ type }) => asked.push(type);
  return { nudge: new GcNudge(every, fullEvery, collect), asked };
}

/**
 * Runs `work`, then returns the forced collections (of any kind) that started while it ran.
 * node delivers gc entries asynchronously, later on a loaded machine: it waits until at least
 * `expected` have come (at most 10 s) and 100 ms more; entries of earlier work delivered late fall
 * outside the time window and are not counted.
 */
async function forcedCollections(work: () => void, expected: number): Promise<number> {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  const from = performance.now();
  work();
  const to = performance.now();
  const counted = () =>
    entries.filter((entry) => {
      // node's gc entries carry { kind, flags } (not in @types/node 20's PerformanceEntry).
      const { detail } = entry as unknown as { detail: { flags: number } };
      return (
        entry.startTime >= from &&
        entry.startTime <= to &&
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

test('collects once every `every` bytes passed, counting across calls', () => {
  const { nudge, asked } = recorded(1000);
  [400, 400, 100].forEach((bytes) => nudge.passedBytes(bytes));
  expect(asked).toEqual([]);
  nudge.passedBytes(100);
  expect(asked).toEqual(['minor']);
  [999, 1000, 5000].forEach((bytes) => nudge.passedBytes(bytes));
  expect(asked).toEqual(['minor', 'minor', 'minor']);
});

test('each stream counts its own bytes', () => {
  const first = recorded(1000);
  const second = recorded(1000);
  first.nudge.passedBytes(600);
  second.nudge.passedBytes(600);
  expect([...first.asked, ...second.asked]).toEqual([]);
});

test('with fullEvery, every n-th nudge is a full collection and the others minor ones', () => {
  const { nudge, asked } = recorded(10, 3);
  [10, 10, 10, 10, 10, 10].forEach((bytes) => nudge.passedBytes(bytes));
  expect(asked).toEqual(['minor', 'minor', 'major', 'minor', 'minor', 'major']);
});

test("a nudge is a real forced collection of V8's; below `every` there is none", async () => {
  const nudge = new GcNudge(1000, 2);
  expect(await forcedCollections(() => nudge.passedBytes(999), 0)).toBe(0);
  expect(await forcedCollections(() => nudge.passedBytes(1), 1)).toBeGreaterThanOrEqual(1);
  expect(await forcedCollections(() => nudge.passedBytes(1000), 1)).toBeGreaterThanOrEqual(1);
});

test('preparing again, with the young generation capped, keeps nudging', async () => {
  await prepareGcNudge({ capYoungGeneration: true });
  const nudge = new GcNudge(10);
  expect(await forcedCollections(() => nudge.passedBytes(10), 1)).toBeGreaterThanOrEqual(1);
});
