// What the gate hands to later steps: the step outputs, the full report as JSON (report-json)
// and the annotations (failed tests, uncovered added lines, findings with a location).
import type { ActionOutputs } from '../runner/outputs';
import { formatPercent, percent } from './coverage';
import type { GateResult } from './gate';
import { lineRanges } from './report-markdown';

export interface GateAnnotation {
  path: string;
  startLine: number;
  endLine: number;
  level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

/** Annotations beyond this many are left out (each 50 costs a request). */
export const MAX_ANNOTATIONS = 500;

export function gateOutputs(
  result: GateResult,
  reportJsonPath: string,
  summary: string,
): ActionOutputs<'quality-gate'> {
  const counts = result.findings?.counts;
  const tests = result.tests?.counts;
  return {
    passed: String(result.conclusion !== 'failure'),
    conclusion: result.conclusion,
    coverage: result.coverage ? formatPercent(percent(result.coverage.totals.lines)) : '',
    'branch-coverage': result.coverage ? formatPercent(percent(result.coverage.totals.branches)) : '',
    'patch-coverage': result.patch ? formatPercent(percent(result.patch.lines)) : '',
    vulnerabilities: counts ? JSON.stringify(counts) : '',
    tests: tests ? String(tests.tests) : '',
    failures: tests ? String(tests.failed + tests.errors) : '',
    skipped: tests ? String(tests.skipped) : '',
    flaky: tests ? String(tests.flaky) : '',
    'report-json': reportJsonPath,
    summary,
  };
}

/** The full report: everything the markdown shows, without its cuts. */
export function reportJson(result: GateResult): unknown {
  return {
    conclusion: result.conclusion,
    rules: result.rules,
    notes: result.notes,
    coverage: result.coverage && {
      totals: result.coverage.totals,
      formats: [...result.coverage.set.formats],
      files: [...result.coverage.set.files.values()].map((f) => ({
        path: f.path,
        lines: f.lines(),
        branches: f.branches(),
      })),
    },
    patch: result.patch,
    // Exact counts; the details of the worst KEPT_FINDINGS counted and of as many dropped ones,
    // with how many of each were left out (a million findings are not listed one by one).
    vulnerabilities: result.findings && {
      counts: result.findings.counts,
      counted: result.findings.counted,
      countedOmitted: result.findings.countedTotal - result.findings.counted.length,
      dropped: result.findings.dropped.map((d) => ({ ...d.finding, reason: d.reason })),
      droppedByReason: result.findings.droppedByReason,
      droppedOmitted: result.findings.droppedTotal - result.findings.dropped.length,
    },
    tests: result.tests && {
      counts: result.tests.counts,
      failures: result.tests.failures(),
      flaky: result.tests.flaky(),
    },
    images: result.images,
    baseline: result.nextBaseline,
    comparedWith: result.baseline,
  };
}

export function gateAnnotations(result: GateResult): GateAnnotation[] {
  const annotations: GateAnnotation[] = [];
  for (const test of result.tests?.failures() ?? []) {
    if (!test.file) continue;
    annotations.push({
      path: test.file,
      startLine: test.line ?? 1,
      endLine: test.line ?? 1,
      level: 'failure',
      title:
        `${test.status === 'error' ? 'Error in' : 'Failed'}: ${[test.classname, test.name].filter(Boolean).join(' › ')}`.slice(
          0,
          255,
        ),
      message: (test.message || test.detail || test.status).slice(0, 4000),
    });
  }
  for (const uncovered of result.patch?.uncovered ?? []) {
    for (const range of lineRanges(uncovered.lines).split(', ')) {
      const [start, end = start] = range.split('-').map(Number);
      annotations.push({
        path: uncovered.file,
        startLine: start,
        endLine: end,
        level: 'warning',
        title: 'Added lines not covered by tests',
        message: `Line${end > start ? `s ${start}-${end} are` : ` ${start} is`} added by this change and not covered.`,
      });
    }
  }
  for (const finding of result.findings?.counted ?? []) {
    // Only the first MAX_ANNOTATIONS are sent: a million findings made a million annotations first.
    if (annotations.length >= MAX_ANNOTATIONS) break;
    if (!finding.file) continue;
    annotations.push({
      path: finding.file,
      startLine: finding.line ?? 1,
      endLine: finding.line ?? 1,
      level: finding.severity === 'critical' || finding.severity === 'high' ? 'failure' : 'warning',
      title: `${finding.severity} ${finding.id}${finding.kind === 'vulnerability' ? ` in ${finding.pkg}` : ''}`.slice(
        0,
        255,
      ),
      message:
        [
          finding.title,
          finding.installed && `installed ${finding.installed}`,
          finding.fixed && `fixed in ${finding.fixed}`,
        ]
          .filter(Boolean)
          .join('; ') || finding.id,
    });
  }
  return annotations.slice(0, MAX_ANNOTATIONS);
}
