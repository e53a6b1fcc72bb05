// The gate's report as markdown: one table of rules (threshold, measured, baseline, delta,
// result), then the worst findings: vulnerabilities with package and versions, failed and flaky
// tests with their message, the least covered files and the uncovered added lines. The same text
// serves the job summary, the check run and the `summary` output.
import { code, table } from '../runner/markdown';
import { formatPercent, percent } from './coverage';
import type { GateResult } from './gate';
import type { RuleStatus } from './rules';

const ICON: Record<RuleStatus, string> = { pass: '✅ pass', fail: '❌ fail', skip: '➖ skipped' };
const TITLE = {
  success: '✅ Quality gate passed',
  failure: '❌ Quality gate failed',
  neutral: '➖ Quality gate: nothing configured',
};

export const TOP_FINDINGS = 10;
export const TOP_TESTS = 20;
export const TOP_FILES = 10;

/** 3,4,5,9 -> "3-5, 9" */
export function lineRanges(lines: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1) j++;
    parts.push(j > i ? `${lines[i]}-${lines[j]}` : String(lines[i]));
    i = j;
  }
  return parts.join(', ');
}

const firstLine = (text = '') => text.split('\n', 1)[0].slice(0, 200);

/** The one-line headline of the result (check title, status description). */
export function headline(result: GateResult): string {
  const failed = result.rules.filter((r) => r.status === 'fail').map((r) => r.rule);
  if (result.conclusion === 'neutral') return 'No rule configured';
  return failed.length === 0
    ? `${result.rules.length} rules passed`
    : `${failed.length} of ${result.rules.length} rules failed: ${failed.join(', ')}`;
}

export function reportMarkdown(result: GateResult, checkName: string): string {
  const parts = [`## ${TITLE[result.conclusion]} (${checkName})\n\n`];
  if (result.rules.length > 0) {
    parts.push(
      table(
        ['Rule', 'Threshold', 'Measured', 'Baseline', 'Delta', 'Result'],
        result.rules.map((r) => [
          r.rule,
          r.threshold,
          r.measured,
          r.baseline ?? '',
          r.delta ?? '',
          ICON[r.status] + (r.note ? ` (${r.note})` : ''),
        ]),
      ),
      '\n',
    );
  } else parts.push('No rule is configured: set thresholds as inputs or in the policy file.\n\n');
  parts.push(summaryLine(result));
  if (result.notes.length > 0) parts.push(result.notes.map((n) => `> ${n}\n`).join('>\n'), '\n');
  parts.push(findingsSection(result), testsSection(result), coverageSection(result));
  return parts.join('');
}

function summaryLine(result: GateResult): string {
  const items: string[] = [];
  if (result.coverage) {
    const { lines, branches } = result.coverage.totals;
    items.push(`lines ${formatPercent(percent(lines)) || 'n/a'}% (${lines.hit}/${lines.found})`);
    if (branches.found > 0)
      items.push(`branches ${formatPercent(percent(branches))}% (${branches.hit}/${branches.found})`);
    if (result.patch)
      items.push(
        `patch ${formatPercent(percent(result.patch.lines)) || 'n/a'}% (${result.patch.lines.hit}/${result.patch.lines.found})`,
      );
  }
  if (result.findings) {
    const c = result.findings.counts;
    items.push(
      `vulnerabilities ${c.critical} critical, ${c.high} high, ${c.medium} medium, ${c.low} low, ${c.unknown} unknown`,
    );
  }
  if (result.tests) {
    const t = result.tests.counts;
    items.push(`tests ${t.tests}: ${t.failed + t.errors} failed, ${t.skipped} skipped, ${t.flaky} flaky`);
  }
  return items.length > 0 ? `**Measured:** ${items.join(' · ')}\n\n` : '';
}

function findingsSection(result: GateResult): string {
  if (!result.findings) return '';
  const { counted, countedTotal, dropped, droppedByReason } = result.findings;
  let text = '';
  if (counted.length > 0) {
    const worst = counted.slice(0, TOP_FINDINGS);
    text += `### Top vulnerabilities (${worst.length} of ${countedTotal})\n\n`;
    text += table(
      ['Severity', 'ID', 'Package', 'Installed', 'Fixed in', 'Where'],
      worst.map((f) => [
        f.severity,
        f.id,
        f.pkg,
        f.installed ?? '',
        f.fixed ?? 'no fix yet',
        f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '',
      ]),
    );
    text += '\n';
  }
  const reasons = Object.entries(droppedByReason).sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
  if (reasons.length > 0) {
    text += `Not counted: ${reasons.map(([reason, n]) => `${n} ${reason}`).join(', ')}.\n\n`;
    const vex = dropped.filter((d) => d.reason.startsWith('VEX')).slice(0, TOP_FINDINGS);
    if (vex.length > 0)
      text += vex.map((d) => `- ${code(d.finding.id)} in ${d.finding.pkg}: ${d.reason}\n`).join('') + '\n';
  }
  return text;
}

function testsSection(result: GateResult): string {
  if (!result.tests) return '';
  let text = '';
  const failures = result.tests.failures();
  if (failures.length > 0) {
    text += `### Failed tests (${Math.min(failures.length, TOP_TESTS)} of ${failures.length})\n\n`;
    text += table(
      ['Test', 'Message', 'Where'],
      failures
        .slice(0, TOP_TESTS)
        .map((t) => [
          [t.classname, t.name].filter(Boolean).join(' › '),
          firstLine(t.message || t.detail) || t.status,
          t.file ? `${t.file}${t.line ? `:${t.line}` : ''}` : '',
        ]),
    );
    text += '\n';
  }
  const flaky = result.tests.flaky();
  if (flaky.length > 0) {
    text += `### Flaky tests (${flaky.length}): failed, then passed on a rerun\n\n`;
    text +=
      flaky
        .slice(0, TOP_TESTS)
        .map(
          (t) =>
            `- ${[t.classname, t.name].filter(Boolean).join(' › ')}${t.message ? `: ${firstLine(t.message)}` : ''}\n`,
        )
        .join('') + '\n';
  }
  return text;
}

function coverageSection(result: GateResult): string {
  if (!result.coverage) return '';
  let text = '';
  const least = result.coverage.set.leastCovered(TOP_FILES);
  if (least.length > 0) {
    text += `### Least covered files\n\n`;
    text += table(
      ['File', 'Lines', 'Covered'],
      least.map((f) => [f.path, `${f.lines.hit}/${f.lines.found}`, `${formatPercent(percent(f.lines))}%`]),
    );
    text += '\n';
  }
  if (result.patch && result.patch.uncovered.length > 0) {
    text += `### Uncovered added lines\n\n`;
    text += table(
      ['File', 'Lines'],
      result.patch.uncovered.slice(0, TOP_FILES * 2).map((u) => [u.file, lineRanges(u.lines)]),
    );
    text += '\n';
  }
  return text;
}
