// JUnit XML as real tools write it (counts compared with each tool's own totals) and the
// variants the issue lists, written by hand from the formats' documentation.
import { mkdtempSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTests } from '@cib/core/quality/read-reports';
import { ReportError } from '@cib/core/quality/report-error';
import { DETAIL_CHARS } from '@cib/core/quality/test-results';
import { EXPECTED, generated, handwritten } from './fixtures';

describe('JUnit reports written by real tools', () => {
  it.each([
    ['gotestsum.xml', 0],
    ['pytest-xunit2.xml', 0],
    // Debian's pytest-rerunfailures 10.2 writes no <rerun>: its rerun that passed is a pass.
    ['pytest-xunit1-reruns.xml', 0],
    ['node-test-junit.xml', 0],
    ['vitest-junit.xml', 0],
    ['jest-junit.xml', 0],
  ])('%s: tests, failures and skips as the tool counted them (%i flaky)', async (file, flaky) => {
    const { counts } = await readTests([generated(file)]);
    const expected = EXPECTED[file];
    expect(counts.tests).toBe(expected.tests);
    expect(counts.failed + counts.errors).toBe(expected.failures);
    expect(counts.skipped).toBe(expected.skipped);
    expect(counts.flaky).toBe(flaky);
  });

  it("keeps pytest's file and line for annotations", async () => {
    const results = await readTests([generated('pytest-xunit1-reruns.xml')]);
    const failing = results.failures().find((t) => t.name === 'test_fails');
    expect(failing).toMatchObject({ status: 'failed', file: 'tests/test_grades.py', line: 20 });
    expect(failing?.message).toContain('ten is not an A');
  });

  it('counts a pytest collection error as an errored test', async () => {
    const results = await readTests([generated('pytest-xunit2.xml')]);
    expect(results.failures().find((t) => t.name === 'tests.test_collect_error')?.status).toBe('error');
  });
});

describe('JUnit variants', () => {
  it('surefire: flakyFailure/flakyError passed on a rerun; rerunFailure with a failure stays failed', async () => {
    const results = await readTests([handwritten('junit-surefire-flaky.xml')]);
    expect(results.counts).toEqual({ tests: 5, passed: 1, failed: 1, errors: 0, skipped: 1, flaky: 2 });
    expect(results.flaky().map((t) => t.name)).toEqual(['sometimesTimesOut', 'racyConnection']);
    expect(results.failures()[0]).toMatchObject({ name: 'alwaysFails', message: 'boom' });
  });

  it('pytest-rerunfailures: <rerun> then a pass is flaky; <rerun> then a failure is failed', async () => {
    const results = await readTests([handwritten('junit-pytest-rerun.xml')]);
    expect(results.counts).toEqual({ tests: 3, passed: 1, failed: 1, errors: 0, skipped: 0, flaky: 1 });
    expect(results.flaky()[0]).toMatchObject({ name: 'test_retried_then_passed', message: 'ConnectionError: refused' });
  });

  it('nested suites, failure vs error, every kind of skipped, missing attributes, CDATA', async () => {
    const results = await readTests([handwritten('junit-variants.xml')]);
    expect(results.counts).toEqual({ tests: 8, passed: 3, failed: 1, errors: 1, skipped: 3, flaky: 0 });
    const [asserts, throws] = results.failures();
    expect(asserts).toMatchObject({ suite: 'outer.inner', status: 'failed', file: 'src/inner.test.js', line: 9 });
    expect(asserts.detail).toContain('<with> & markup');
    expect(throws).toMatchObject({ status: 'error', message: 'TypeError' });
  });

  it('a bare <testsuite> root, a failure without a message', async () => {
    const results = await readTests([handwritten('junit-bare-testsuite.xml')]);
    expect(results.counts).toMatchObject({ tests: 2, failed: 1 });
    expect(results.failures()[0].detail).toBe('no message attribute, only text');
  });

  it('suites that fail to load count as errored tests instead of vanishing', async () => {
    const results = await readTests([handwritten('junit-suite-load-failure.xml')]);
    expect(results.counts).toMatchObject({ tests: 3, passed: 1, errors: 2 });
    expect(results.failures().map((t) => [t.name, t.message])).toEqual([
      ['src/broken.test.ts failed to load', 'The suite reports errors but ran no test case'],
      ['Integration failed to load', 'beforeAll hook failed'],
    ]);
  });

  it('a test that failed and then passed in a later report is flaky, counted once', async () => {
    const results = await readTests([handwritten('junit-retry-first.xml'), handwritten('junit-retry-second.xml')]);
    expect(results.counts).toEqual({ tests: 3, passed: 0, failed: 2, errors: 0, skipped: 0, flaky: 1 });
    expect(results.flaky()[0]).toMatchObject({ name: 'login', message: 'timeout' });
  });

  it('malformed XML names the file and the line', async () => {
    const error = await readTests([handwritten('junit-malformed.xml')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
    expect(error).toMatchObject({ file: handwritten('junit-malformed.xml'), line: 4 });
    expect((error as Error).message).toMatch(/junit-malformed\.xml:4: malformed XML/);
  });

  it('a coverage file among test files is refused, not read as zero tests', async () => {
    await expect(readTests([generated('jest-clover.xml')])).rejects.toThrow(
      /is a clover report, not a JUnit XML report/,
    );
  });

  it('keeps only the start of a 12 MB CDATA failure text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'junit-cdata-'));
    try {
      const file = join(dir, 'big.xml');
      const out = createWriteStream(file);
      out.write('<testsuite name="big"><testcase classname="c" name="huge"><failure message="m"><![CDATA[');
      const line = 'x'.repeat(1023) + '\n';
      for (let i = 0; i < 12 * 1024; i++) out.write(line);
      out.write(']]></failure></testcase></testsuite>');
      await new Promise((resolve) => out.end(resolve));
      const results = await readTests([file]);
      const detail = results.failures()[0].detail ?? '';
      expect(detail.length).toBeLessThan(DETAIL_CHARS + 100);
      expect(detail).toMatch(/more characters\)$/);
      // All ASCII, as the text was: V8 then keeps it one byte a character (test-results.ts).
      expect(detail).toMatch(/^[\x00-\x7f]+$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an empty file is an error naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'junit-empty-'));
    try {
      writeFileSync(join(dir, 'empty.xml'), '');
      await expect(readTests([join(dir, 'empty.xml')])).rejects.toThrow(/empty\.xml: the file is empty/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
