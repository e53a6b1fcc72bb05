// The gate's rules: each configured threshold becomes one row with its measured value, the
// baseline and the delta where there is one, and pass/fail. A rule that cannot measure what it
// judges (a coverage minimum with no coverage data) fails, so a gate never passes on nothing;
// a rule with nothing to compare against yet (a drop with no baseline, patch coverage outside a
// pull request) is skipped and says why.
import { withinBudget, type Budget } from './budgets';
import { formatPercent, percent, type Count } from './coverage';
import { MEGABYTE, type PlatformSize } from './image-size';
import type { TestCounts } from './test-results';
import { SEVERITIES, type Severity, type SeverityCounts } from './vulnerability';

export type RuleStatus = 'pass' | 'fail' | 'skip';

export interface RuleResult {
  rule: string;
  threshold: string;
  measured: string;
  baseline?: string;
  delta?: string;
  status: RuleStatus;
  note?: string;
}

export type Conclusion = 'success' | 'failure' | 'neutral';

/** neutral when no rule was configured, failure when any rule failed. */
export function conclude(rules: readonly RuleResult[]): Conclusion {
  if (rules.length === 0) return 'neutral';
  return rules.some((r) => r.status === 'fail') ? 'failure' : 'success';
}

const signed = (value: number, unit = '') => `${value > 0 ? '+' : ''}${value.toFixed(2)}${unit}`;

/** `min-line-coverage` / `min-branch-coverage`: at least `min` percent. */
export function minimumCoverageRule(name: string, min: number, count: Count, baseline?: number): RuleResult {
  const value = percent(count);
  const threshold = `>= ${min}%`;
  if (value === undefined) {
    return {
      rule: name,
      threshold,
      measured: 'no data',
      status: 'fail',
      note: 'the coverage reports count nothing of this kind',
    };
  }
  return {
    rule: name,
    threshold,
    measured: `${formatPercent(value)}% (${count.hit}/${count.found})`,
    baseline: baseline === undefined ? undefined : `${formatPercent(baseline)}%`,
    delta: baseline === undefined ? undefined : signed(value - baseline, ' pp'),
    status: value >= min ? 'pass' : 'fail',
  };
}

/** `max-coverage-drop`: line coverage may fall at most `max` percentage points below the baseline. */
export function coverageDropRule(max: number, count: Count, baseline?: number): RuleResult {
  const value = percent(count);
  const rule = 'max-coverage-drop';
  const threshold = `<= ${max} pp`;
  if (baseline === undefined) return { rule, threshold, measured: '', status: 'skip', note: 'no baseline yet' };
  if (value === undefined)
    return { rule, threshold, measured: 'no data', status: 'fail', note: 'no line coverage to compare' };
  const drop = baseline - value;
  return {
    rule,
    threshold,
    measured: `${formatPercent(value)}%`,
    baseline: `${formatPercent(baseline)}%`,
    delta: signed(value - baseline, ' pp'),
    status: drop <= max + 1e-9 ? 'pass' : 'fail',
  };
}

/** `min-patch-coverage` over the lines the change adds. */
export function patchCoverageRule(min: number, count: Count | undefined, why?: string): RuleResult {
  const rule = 'min-patch-coverage';
  const threshold = `>= ${min}%`;
  if (!count)
    return {
      rule,
      threshold,
      measured: '',
      status: why?.startsWith('not a pull request') ? 'skip' : 'fail',
      note: why,
    };
  const value = percent(count);
  if (value === undefined) {
    return { rule, threshold, measured: 'no added lines with coverage data', status: 'pass', note: why };
  }
  return {
    rule,
    threshold,
    measured: `${formatPercent(value)}% (${count.hit}/${count.found})`,
    status: value >= min ? 'pass' : 'fail',
    note: why,
  };
}

/** `max-<severity>` rules for every severity with a limit. */
export function vulnerabilityRules(
  limits: Partial<Record<Severity, number>>,
  counts: SeverityCounts,
  baseline?: SeverityCounts,
): RuleResult[] {
  return SEVERITIES.filter((s) => limits[s] !== undefined).map((severity) => {
    const limit = limits[severity] as number;
    const value = counts[severity];
    return {
      rule: `max-${severity}`,
      threshold: `<= ${limit}`,
      measured: String(value),
      baseline: baseline ? String(baseline[severity]) : undefined,
      delta: baseline ? signed(value - baseline[severity]).replace('.00', '') : undefined,
      status: value <= limit ? 'pass' : 'fail',
    };
  });
}

export function testRules(
  counts: TestCounts,
  maxFailures: number | undefined,
  minTests: number | undefined,
  baselineTests?: number,
): RuleResult[] {
  const rules: RuleResult[] = [];
  const failures = counts.failed + counts.errors;
  if (maxFailures !== undefined) {
    rules.push({
      rule: 'max-failures',
      threshold: `<= ${maxFailures}`,
      measured: `${failures}${counts.flaky ? ` (+${counts.flaky} flaky)` : ''}`,
      status: failures <= maxFailures ? 'pass' : 'fail',
    });
  }
  if (minTests !== undefined) {
    rules.push({
      rule: 'min-tests',
      threshold: `>= ${minTests}`,
      measured: String(counts.tests),
      baseline: baselineTests === undefined ? undefined : String(baselineTests),
      delta: baselineTests === undefined ? undefined : signed(counts.tests - baselineTests).replace('.00', ''),
      status: counts.tests >= minTests ? 'pass' : 'fail',
    });
  }
  return rules;
}

export function budgetRules(
  budgets: readonly Budget[],
  metrics: ReadonlyMap<string, number>,
  baseline?: Record<string, number>,
): RuleResult[] {
  return budgets.map((budget) => {
    const value = metrics.get(budget.metric);
    const rule = budget.metric;
    const threshold = `${budget.operator} ${budget.limit}`;
    if (value === undefined) {
      return {
        rule,
        threshold,
        measured: 'missing',
        status: 'fail',
        note: `no metric named ${budget.metric} (set it in metrics)`,
      };
    }
    const before = baseline?.[budget.metric];
    return {
      rule,
      threshold,
      measured: String(value),
      baseline: before === undefined ? undefined : String(before),
      delta: before === undefined ? undefined : signed(value - before),
      status: withinBudget(value, budget) ? 'pass' : 'fail',
    };
  });
}

export function imageSizeRules(sizes: readonly PlatformSize[], maxMb: number): RuleResult[] {
  return sizes.map((size) => ({
    rule: `image size ${size.image} (${size.platform})`,
    threshold: `<= ${maxMb} MB`,
    measured: `${(size.bytes / MEGABYTE).toFixed(1)} MB`,
    status: size.bytes <= maxMb * MEGABYTE ? 'pass' : 'fail',
  }));
}
