// Runs async jobs with at most `size` at once (the machine has 2 cores shared with others):
// results in the order of the jobs.
export async function runPool<T, R>(items: readonly T[], size: number, job: (item: T, index: number) => Promise<R>) {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await job(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}
