// Every coverage format as real tools wrote it (test/fixtures/quality/generate.sh), read and
// compared with the totals the tools themselves reported (generated/expected.json).
import { formatPercent, percent } from '@cib/core/quality/coverage';
import { readCoverage } from '@cib/core/quality/read-reports';
import { detectFormat } from '@cib/core/quality/report-format';
import { EXPECTED, generated } from './fixtures';

const COUNTED: Array<[file: string, format: string, totalsOf: string]> = [
  ['jest.lcov', 'lcov', 'jest.lcov'],
  ['jest-cobertura.xml', 'cobertura', 'jest-cobertura.xml'],
  ['jest-clover.xml', 'clover', 'jest-clover.xml'],
  ['jest-summary.json', 'istanbul-json-summary', 'jest-summary.json'],
  ['coverage-py.xml', 'cobertura', 'coverage-py.xml'],
  ['coverage-py.lcov', 'lcov', 'coverage-py.json-report'],
  ['gcc-checksum.lcov', 'lcov', 'gcc-checksum.lcov'],
  ['gcc-repeated-sf.lcov', 'lcov', 'gcc-repeated-sf.lcov'],
  ['jacoco.xml', 'jacoco', 'jacoco.xml'],
  // vitest 5, c8 and nyc: each report against the tool's own text-summary.
  ...(['v8', 'istanbul'] as const).flatMap((provider): Array<[string, string, string]> => [
    [`vitest-${provider}.lcov`, 'lcov', `vitest-${provider}`],
    [`vitest-${provider}-summary.json`, 'istanbul-json-summary', `vitest-${provider}`],
    [`vitest-${provider}-cobertura.xml`, 'cobertura', `vitest-${provider}`],
    [`vitest-${provider}-clover.xml`, 'clover', `vitest-${provider}`],
  ]),
  ['c8.lcov', 'lcov', 'c8'],
  ['c8-summary.json', 'istanbul-json-summary', 'c8'],
  ['c8-cobertura.xml', 'cobertura', 'c8'],
  ['nyc.lcov', 'lcov', 'nyc'],
  ['nyc-summary.json', 'istanbul-json-summary', 'nyc'],
  ['nyc-cobertura.xml', 'cobertura', 'nyc'],
  ['nyc-clover.xml', 'clover', 'nyc'],
];

describe('coverage reports written by real tools', () => {
  it.each(COUNTED)('%s is %s and totals what %s says', async (file, format, totalsOf) => {
    expect(await detectFormat(generated(file))).toBe(format);
    const totals = (await readCoverage([generated(file)])).totals();
    const expected = EXPECTED[totalsOf];
    expect([totals.lines.hit, totals.lines.found]).toEqual(expected.lines);
    if (expected.branches) expect([totals.branches.hit, totals.branches.found]).toEqual(expected.branches);
    if (expected.functions) expect([totals.functions.hit, totals.functions.found]).toEqual(expected.functions);
  });

  it.each(['go-set.out', 'go-count.out', 'go-atomic.out', 'go-coverpkg.out'])(
    '%s: statement coverage as `go tool cover -func` prints it',
    async (file) => {
      expect(await detectFormat(generated(file))).toBe('go');
      const totals = (await readCoverage([generated(file)])).totals();
      expect((percent(totals.lines) ?? 0).toFixed(1)).toBe(EXPECTED[file].percent);
    },
  );

  it('merges the blocks -coverpkg repeats: the same statements as one package alone', async () => {
    const alone = (await readCoverage([generated('go-count.out')])).totals();
    const coverpkg = (await readCoverage([generated('go-coverpkg.out')])).totals();
    expect(coverpkg.lines.found).toBe(alone.lines.found);
  });

  it('merges the same report read twice instead of counting it twice', async () => {
    const once = (await readCoverage([generated('jest-cobertura.xml')])).totals();
    const twice = (await readCoverage([generated('jest-cobertura.xml'), generated('jest-cobertura.xml')])).totals();
    expect(twice.lines).toEqual(once.lines);
    expect(twice.branches).toEqual(once.branches);
  });

  it('weights files by their lines, never averaging per-file percentages', async () => {
    const set = await readCoverage([generated('jest.lcov')]);
    const perFile = [...set.files.values()].map((file) => percent(file.lines()) ?? 0);
    const average = perFile.reduce((a, b) => a + b, 0) / perFile.length;
    const weighted = percent(set.totals().lines) ?? 0;
    expect(weighted).not.toBeCloseTo(average, 3);
    expect(formatPercent(weighted)).toBe(
      formatPercent((EXPECTED['jest.lcov'].lines![0] / EXPECTED['jest.lcov'].lines![1]) * 100),
    );
  });
});
