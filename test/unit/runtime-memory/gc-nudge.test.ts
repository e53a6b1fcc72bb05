// The GC nudge: a forced collection (of the young generation, or a full one every n-th time) each
// time a stream has passed `every` bytes, none in between. Forced collections are told apart from V8's own by the FORCED flag of the
// `gc` performance entries node records.
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { GcNudge, prepareGcNudge } from '@cib/core/runtime-memory/gc-nudge';

/** Runs `work`, then returns the forced collections of `kind` (minor by default) node recorded meanwhile. */
async function forcedCollections(
  work: () => void,
  kind: number = constants.NODE_PERFORMANCE_GC_MINOR,
): Promise<number> {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  work();
  // gc entries are delivered asynchronously.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return entries.filter((entry) => {
    // node's gc entries carry { kind, flags } (not in @types/node 20's PerformanceEntry).
    const { detail } = entry as unknown as { detail: { kind: number; flags: number } };
    return detail.kind === kind && (detail.flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) !== 0;
  }).length;
}

beforeAll(() => prepareGcNudge());

test('collects once every `every` bytes passed, counting across calls', async () => {
  const nudge = new GcNudge(1000);
  expect(await forcedCollections(() => [400, 400, 100].forEach((bytes) => nudge.passedBytes(bytes)))).toBe(0);
  expect(await forcedCollections(() => nudge.passedBytes(100))).toBe(1);
  expect(await forcedCollections(() => [999, 1000, 5000].forEach((bytes) => nudge.passedBytes(bytes)))).toBe(2);
});

test('each stream counts its own bytes', async () => {
  const first = new GcNudge(1000);
  const second = new GcNudge(1000);
  expect(
    await forcedCollections(() => {
      first.passedBytes(600);
      second.passedBytes(600);
    }),
  ).toBe(0);
});

test('preparing again, with the young generation capped, keeps nudging', async () => {
  await prepareGcNudge({ capYoungGeneration: true });
  const nudge = new GcNudge(10);
  expect(await forcedCollections(() => nudge.passedBytes(10))).toBe(1);
});

test('with fullEvery, every n-th nudge is a full collection and the others minor ones', async () => {
  const nudge = new GcNudge(10, 3);
  const nudges = () => [10, 10, 10, 10, 10, 10].forEach((bytes) => nudge.passedBytes(bytes));
  expect(await forcedCollections(nudges, constants.NODE_PERFORMANCE_GC_MAJOR)).toBe(2);
  expect(await forcedCollections(nudges)).toBe(4);
});
