import { findFirstIndex } from '@cib/core/latest/first-match';

/** A test whose answers arrive after the given delays (ms), recording concurrency. */
function delayed(answers: Array<[boolean, number]>) {
  let inFlight = 0;
  const seen = { started: [] as number[], maxInFlight: 0 };
  const test = (_: unknown, index: number) => {
    seen.started.push(index);
    inFlight++;
    seen.maxInFlight = Math.max(seen.maxInFlight, inFlight);
    const [passed, ms] = answers[index];
    return new Promise<boolean>((resolve) =>
      setTimeout(() => {
        inFlight--;
        resolve(passed);
      }, ms),
    );
  };
  return { test, seen };
}

describe('findFirstIndex', () => {
  it.each([
    ['nothing passes', [false, false, false], -1],
    ['the first passes', [true, false, true], 0],
    ['a later one passes', [false, false, true, true], 2],
    ['no items', [], -1],
  ])('%s', async (_, passes, expected) => {
    const { test } = delayed(passes.map((p) => [p, 1]));
    expect(await findFirstIndex(passes, test, 2)).toBe(expected);
  });

  it('answers the first in order even when a later one passes sooner', async () => {
    const { test } = delayed([
      [false, 30],
      [true, 20],
      [true, 1],
    ]);
    expect(await findFirstIndex([0, 1, 2], test, 3)).toBe(1);
  });

  it('keeps at most `concurrency` tests in flight and starts none after a known pass', async () => {
    const answers: Array<[boolean, number]> = Array.from({ length: 20 }, (_, i) => [i === 5, 2]);
    const { test, seen } = delayed(answers);
    expect(await findFirstIndex(answers, test, 3)).toBe(5);
    expect(seen.maxInFlight).toBeLessThanOrEqual(3);
    expect(Math.max(...seen.started)).toBeLessThan(5 + 3);
  });

  it('throws the first error once the tests in flight settle', async () => {
    const boom = new Error('registry down');
    const test = async (i: number) => {
      if (i === 1) throw boom;
      return false;
    };
    await expect(findFirstIndex([0, 1, 2, 3], test, 2)).rejects.toBe(boom);
  });
});
