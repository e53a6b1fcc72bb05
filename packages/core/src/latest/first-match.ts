// An ordered search with bounded concurrency: test items in order, several at a time, and
// answer the first item (in the given order, not in finishing order) that passes. Used to find
// which version tag `latest` points to, highest version first, without asking for every tag.

/**
 * The index of the first item for which `test` is true, or -1. At most `concurrency` tests run
 * at once; no test starts for an item after one already known to pass. An error from a test is
 * thrown once the tests in flight have settled.
 */
export async function findFirstIndex<T>(
  items: readonly T[],
  test: (item: T, index: number) => Promise<boolean>,
  concurrency: number,
): Promise<number> {
  const results: Array<boolean | undefined> = new Array<boolean | undefined>(items.length);
  let next = 0;
  let settled = 0; // every index below this was tested and failed
  let lowestPass = items.length; // the lowest index known to pass
  let inFlight = 0;
  let failed = false;
  let failure: unknown;

  // Settles with the answer or with the first error, which is thrown as the test threw it.
  const outcome = await new Promise<{ index: number } | { error: unknown }>((resolve) => {
    const step = () => {
      while (settled < lowestPass && results[settled] === false) settled++;
      if (failed) {
        if (inFlight === 0) resolve({ error: failure });
        return;
      }
      if (settled >= lowestPass) {
        // Everything before the lowest pass failed: it is the answer (or nothing passed).
        if (inFlight === 0) resolve({ index: lowestPass < items.length ? lowestPass : -1 });
        return;
      }
      while (inFlight < Math.max(1, concurrency) && next < lowestPass) {
        const index = next++;
        inFlight++;
        test(items[index], index).then(
          (passed) => {
            inFlight--;
            results[index] = passed;
            if (passed && index < lowestPass) lowestPass = index;
            step();
          },
          (error: unknown) => {
            inFlight--;
            if (!failed) failure = error;
            failed = true;
            step();
          },
        );
      }
    };
    step();
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.index;
}
