// The coverage quirks the issue lists, in files written by hand from each format's documentation.
import { readCoverage } from '@cib/core/quality/read-reports';
import { ReportError } from '@cib/core/quality/report-error';
import { detectFormat } from '@cib/core/quality/report-format';
import { generated, handwritten } from './fixtures';

describe('coverage quirks', () => {
  it('lcov: DA checksums, BRDA "-", repeated SF merged, LF/LH-only records, lcov 2 FNL/FNA', async () => {
    const set = await readCoverage([handwritten('lcov-quirks.lcov')]);
    const a = set.files.get('src/a.c');
    // Merged like `lcov --summary` (checked with Debian's lcov 1.16 on the first two records).
    expect(a?.lines()).toEqual({ found: 6, hit: 5 });
    expect(a?.branches()).toEqual({ found: 4, hit: 2 });
    expect(a?.functionsCount()).toEqual({ found: 2, hit: 2 });
    expect(a?.hitsAt(10)).toBe(2);
    expect(a?.hitsAt(11)).toBeUndefined();
    // lcov itself ignores a record without DA lines; its LF/LH are what we have, so they count.
    expect(set.files.get('src/only-totals.js')?.lines()).toEqual({ found: 10, hit: 4 });
    expect(set.files.get('src/lcov2.c')?.functionsCount()).toEqual({ found: 2, hit: 1 });
    expect(set.totals().lines).toEqual({ found: 18, hit: 10 });
  });

  it('Cobertura: counts <line> elements, not the rounded line-rate; method lines are not counted twice', async () => {
    const set = await readCoverage([handwritten('cobertura-rounded.xml')]);
    expect(set.totals().lines).toEqual({ found: 3, hit: 1 });
    expect(set.totals().branches).toEqual({ found: 2, hit: 1 });
    // Methods are functions: two overloads of f, the one whose line ran is hit.
    expect(set.totals().functions).toEqual({ found: 2, hit: 1 });
  });

  it('Cobertura with NaN counts and no lines counts nothing rather than inventing a rate', async () => {
    const set = await readCoverage([handwritten('cobertura-nan.xml')]);
    expect(set.totals().lines).toEqual({ found: 0, hit: 0 });
  });

  it('istanbul json-summary: "Unknown" pct is ignored, counts are used, the total entry is not counted twice', async () => {
    const set = await readCoverage([handwritten('istanbul-unknown.json')]);
    expect(set.totals().lines).toEqual({ found: 4, hit: 3 });
    expect(set.totals().branches).toEqual({ found: 0, hit: 0 });
    expect(set.withoutLineData.has('istanbul-json-summary')).toBe(true);
  });

  it('Go profile: a line that is not a block names the file and line', async () => {
    const error = await readCoverage([handwritten('go-malformed.out')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
    expect(error).toMatchObject({ line: 3 });
  });

  it('an unrecognised format is an error naming the file and the formats we read', async () => {
    await expect(detectFormat(handwritten('unknown-format.txt'))).rejects.toThrow(
      /unknown-format\.txt: unrecognised report format\. Coverage: lcov, Cobertura/,
    );
  });

  it('JaCoCo: the DOCTYPE naming report.dtd is never loaded (the file has no report.dtd beside it)', async () => {
    const set = await readCoverage([generated('jacoco.xml')]);
    expect(set.files.has('acme/Calc.java')).toBe(true);
  });

  it('a test report among coverage files is refused', async () => {
    await expect(readCoverage([generated('gotestsum.xml')])).rejects.toThrow(
      /is a junit report, not a coverage report/,
    );
  });
});
