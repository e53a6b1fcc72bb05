// The report: one table of rules, then the worst findings, failed tests, least covered files and
// uncovered added lines.
import { execProcess } from '@cib/core/exec/exec';
import { FindingSet } from '@cib/core/quality/finding-set';
import { runGate } from '@cib/core/quality/gate';
import { gateAnnotations, gateOutputs, MAX_ANNOTATIONS } from '@cib/core/quality/gate-outputs';
import type { GateResult } from '@cib/core/quality/gate';
import type { Finding } from '@cib/core/quality/vulnerability';
import { headline, lineRanges, reportMarkdown } from '@cib/core/quality/report-markdown';
import { join } from 'node:path';
import { GENERATED } from './fixtures';

const deps = {
  cwd: join(GENERATED, '..'),
  exec: execProcess,
  log: { info: jest.fn(), debug: jest.fn(), warning: jest.fn() },
  now: new Date(),
};

async function fullResult(testFile = 'generated/pytest-xunit2.xml') {
  return runGate(
    {
      coverageFiles: ['generated/jest.lcov'],
      minLineCoverage: 80,
      vulnerabilityFiles: ['handwritten/grype.json'],
      maxBySeverity: { high: 5 },
      ignoreUnfixed: false,
      ignoreIds: [],
      vexFiles: [],
      newOnly: false,
      testFiles: [testFile],
      metrics: new Map(),
      budgets: [],
      images: [],
      allowMissing: false,
    },
    deps,
  );
}

describe('report', () => {
  it.each([
    [[1, 2, 3, 7, 9, 10], '1-3, 7, 9-10'],
    [[4], '4'],
    [[], ''],
  ])('line ranges %j -> %s', (lines, text) => {
    expect(lineRanges(lines)).toBe(text);
  });

  it('one table of rules, then findings, failed tests and least covered files', async () => {
    const result = await fullResult();
    const markdown = reportMarkdown(result, 'quality-gate');
    expect(markdown).toMatch(
      /^## ❌ Quality gate failed \(quality-gate\)\n\n\| Rule \| Threshold \| Measured \| Baseline \| Delta \| Result \|/,
    );
    expect(markdown).toContain('| min-line-coverage | >= 80% | 57.14% (8/14) |  |  | ❌ fail |');
    expect(markdown).toContain('| max-critical | <= 0 | 1 |  |  | ❌ fail |');
    expect(markdown).toContain('| critical | CVE-2024-1000 | libfoo | 1.2.3-1 | 1.2.4-1 | /var/lib/dpkg/status |');
    expect(markdown).toContain('### Failed tests (4 of 4)');
    expect(markdown).toContain('| tests.test_grades › test_fails | AssertionError: ten is not an A |');
    expect(markdown).toContain('### Least covered files');
    expect(markdown.indexOf('| Rule |')).toBeLessThan(markdown.indexOf('### Top vulnerabilities'));
    expect(headline(result)).toBe('3 of 4 rules failed: min-line-coverage, max-critical, max-failures');
  });

  it('outputs: percentages with two decimals, counts by severity as JSON', async () => {
    const outputs = gateOutputs(await fullResult(), '/tmp/r.json', 'md');
    expect(outputs).toMatchObject({
      passed: 'false',
      conclusion: 'failure',
      coverage: '57.14',
      'branch-coverage': '57.14',
      vulnerabilities: '{"critical":1,"high":2,"medium":1,"low":1,"unknown":1}',
      tests: '9',
      failures: '4',
      skipped: '2',
      flaky: '0',
      'report-json': '/tmp/r.json',
    });
  });

  it('annotations for failed tests at their file and line (xunit1 has them, xunit2 does not)', async () => {
    const annotations = gateAnnotations(await fullResult('generated/pytest-xunit1-reruns.xml'));
    expect(annotations).toContainEqual(
      expect.objectContaining({
        path: 'tests/test_grades.py',
        level: 'failure',
        title: 'Failed: tests.test_grades › test_fails',
      }),
    );
  });

  it('annotations stop at the cap, the worst findings first, however many findings there are', () => {
    const finding = (n: number): Finding => ({
      id: `R${String(n).padStart(5, '0')}`,
      pkg: `src/f${n}.js:1`,
      severity: n % 2 ? 'critical' : 'low',
      file: `src/f${n}.js`,
      line: 1,
      kind: 'rule',
      source: 'sarif',
      report: 'r.sarif',
    });
    const set = new FindingSet();
    for (let n = 0; n < 3 * MAX_ANNOTATIONS; n++) set.add(finding(n));
    const annotations = gateAnnotations({ findings: set.totals() } as unknown as GateResult);
    expect(annotations).toHaveLength(MAX_ANNOTATIONS);
    expect(annotations[0].title).toBe('critical R00001');
    expect(annotations.filter((a) => a.level === 'failure')).toHaveLength(MAX_ANNOTATIONS);
  });
});
