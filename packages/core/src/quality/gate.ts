// The quality gate: finds and reads every report, filters the findings (ignore list, unfixed,
// VEX, new-only), measures patch coverage and image sizes, and judges each configured rule.
// Everything outside (git, the registry, the baseline, the clock) is handed in. The readers, git
// and VEX are loaded when a rule needs them, so a gate with nothing to read starts fast.
import type { Exec } from '../exec/exec';
import type { ImageReference } from '../registry/reference';
import type { Log } from '../runner/runtime';
import type { Baseline } from './baseline';
import type { Budget } from './budgets';
import { percent, type CoverageSet, type CoverageTotals } from './coverage';
import { imageSizes, type ManifestReader, type PlatformSize } from './image-size';
import type { PatchCoverage } from './patch-coverage';
import type { PullRequestRange } from './pull-request-diff';
import { ReportError } from './report-error';
import { findReportFiles } from './report-files';
import {
  budgetRules,
  conclude,
  coverageDropRule,
  imageSizeRules,
  minimumCoverageRule,
  patchCoverageRule,
  testRules,
  vulnerabilityRules,
  type Conclusion,
  type RuleResult,
} from './rules';
import type { TestResults } from './test-results';
import type { VexStatement } from './vex';
import type { Severity } from './vulnerability';
import type { FindingTotals } from './finding-set';

export interface GateRequest {
  coverageFiles: string[];
  minLineCoverage?: number;
  minBranchCoverage?: number;
  maxCoverageDrop?: number;
  minPatchCoverage?: number;
  vulnerabilityFiles: string[];
  /** Limits per severity; critical defaults to 0 when vulnerability files are given. */
  maxBySeverity: Partial<Record<Severity, number>>;
  ignoreUnfixed: boolean;
  ignoreIds: string[];
  vexFiles: string[];
  newOnly: boolean;
  testFiles: string[];
  /** Defaults to 0 when test files are given. */
  maxFailures?: number;
  minTests?: number;
  metrics: Map<string, number>;
  budgets: Budget[];
  images: ImageReference[];
  maxImageSizeMb?: number;
  allowMissing: boolean;
}

export interface GateDeps {
  cwd: string;
  exec: Exec;
  log: Log;
  now: Date;
  registry?: ManifestReader;
  /** Set on pull requests: patch coverage is measured over base...head. */
  pullRequest?: PullRequestRange;
  baseline?: Baseline;
}

export interface GateResult {
  conclusion: Conclusion;
  rules: RuleResult[];
  coverage?: { set: CoverageSet; totals: CoverageTotals };
  patch?: PatchCoverage;
  /** Exact counts; details of the worst counted findings and of some dropped ones (finding-set.ts). */
  findings?: Omit<FindingTotals, 'afterFilters' | 'afterFilterHashes'>;
  tests?: TestResults;
  images: PlatformSize[];
  notes: string[];
  baseline?: Baseline;
  /** What the next run compares with, when this run becomes the baseline. */
  nextBaseline: Baseline;
}

const DEFAULT_LIMITS: Partial<Record<Severity, number>> = { critical: 0 };

/** Runs the gate. Throws CibError (with the file or input named) on bad input or reports. */
export async function runGate(request: GateRequest, deps: GateDeps): Promise<GateResult> {
  const notes: string[] = [];
  const find = async (input: string, patterns: string[]) => {
    if (patterns.length === 0) return [];
    const found = await findReportFiles(input, patterns, { cwd: deps.cwd, allowMissing: request.allowMissing });
    for (const pattern of found.unmatched) notes.push(`Nothing matched ${input} pattern "${pattern}" (allow-missing).`);
    return found.files;
  };
  // Every glob is checked before any report is read.
  const coverageFiles = await find('coverage-files', request.coverageFiles);
  const vulnerabilityFiles = await find('vulnerability-files', request.vulnerabilityFiles);
  const testFiles = await find('test-files', request.testFiles);
  const vexFiles = await find('vex', request.vexFiles);

  try {
    return await judge(request, deps, { coverageFiles, vulnerabilityFiles, testFiles, vexFiles }, notes);
  } catch (error) {
    // A report that cannot be read names its file; the input whose globs listed it is named too.
    if (!(error instanceof ReportError) || error.input) throw error;
    const listing = Object.entries({
      'coverage-files': coverageFiles,
      'vulnerability-files': vulnerabilityFiles,
      'test-files': testFiles,
      vex: vexFiles,
    }).find(([, files]) => files.includes(error.file));
    throw listing ? error.listedBy(listing[0]) : error;
  }
}

interface ReportFiles {
  coverageFiles: string[];
  vulnerabilityFiles: string[];
  testFiles: string[];
  vexFiles: string[];
}

async function judge(
  request: GateRequest,
  deps: GateDeps,
  { coverageFiles, vulnerabilityFiles, testFiles, vexFiles }: ReportFiles,
  notes: string[],
): Promise<GateResult> {
  const rules: RuleResult[] = [];
  const result: GateResult = {
    conclusion: 'neutral',
    rules,
    images: [],
    notes,
    baseline: deps.baseline,
    nextBaseline: newBaseline(deps),
  };

  if (request.coverageFiles.length > 0) await judgeCoverage(request, deps, coverageFiles, result);
  if (request.vulnerabilityFiles.length > 0) await judgeFindings(request, deps, vulnerabilityFiles, vexFiles, result);
  if (request.testFiles.length > 0) {
    const { readTests } = await import('./read-reports');
    result.tests = await readTests(testFiles);
    result.nextBaseline.tests = result.tests.counts.tests;
    rules.push(...testRules(result.tests.counts, request.maxFailures ?? 0, request.minTests, deps.baseline?.tests));
  }
  if (request.budgets.length > 0) rules.push(...budgetRules(request.budgets, request.metrics, deps.baseline?.metrics));
  result.nextBaseline.metrics = Object.fromEntries(request.metrics);
  if (request.images.length > 0 && request.maxImageSizeMb !== undefined) {
    if (!deps.registry) throw new Error('image sizes need a registry client');
    for (const image of request.images) result.images.push(...(await imageSizes(deps.registry, image)));
    rules.push(...imageSizeRules(result.images, request.maxImageSizeMb));
  }
  result.conclusion = conclude(rules);
  return result;
}

function newBaseline(deps: GateDeps): Baseline {
  return { version: 1, createdAt: deps.now.toISOString(), commit: deps.pullRequest?.head ?? '' };
}

async function judgeCoverage(request: GateRequest, deps: GateDeps, files: string[], result: GateResult): Promise<void> {
  const { readCoverage } = await import('./read-reports');
  const set = await readCoverage(files);
  const totals = set.totals();
  result.coverage = { set, totals };
  result.nextBaseline.lineCoverage = percent(totals.lines);
  result.nextBaseline.branchCoverage = percent(totals.branches);
  const baseline = deps.baseline;
  if (request.minLineCoverage !== undefined) {
    result.rules.push(
      minimumCoverageRule('min-line-coverage', request.minLineCoverage, totals.lines, baseline?.lineCoverage),
    );
  }
  if (request.minBranchCoverage !== undefined) {
    result.rules.push(
      minimumCoverageRule('min-branch-coverage', request.minBranchCoverage, totals.branches, baseline?.branchCoverage),
    );
  }
  if (request.maxCoverageDrop !== undefined) {
    result.rules.push(coverageDropRule(request.maxCoverageDrop, totals.lines, baseline?.lineCoverage));
  }
  for (const format of set.withoutLineData) {
    result.notes.push(`${format} reports have no per-line data: their files do not count for patch coverage.`);
  }
  let why: string | undefined;
  if (deps.pullRequest) {
    const [{ pullRequestDiff }, { patchCoverage }] = await Promise.all([
      import('./pull-request-diff'),
      import('./patch-coverage'),
    ]);
    const diff = await pullRequestDiff(deps.exec, deps.cwd, deps.pullRequest, deps.log);
    if (diff.note) result.notes.push(`Patch coverage: ${diff.note}.`);
    if (diff.added.size > 0 && ![...set.files.values()].some((f) => f.hasLineData)) {
      why = 'the coverage reports have no per-line data (use lcov, Cobertura, Clover, JaCoCo or Go profiles)';
    } else if (!diff.note?.includes('unknown')) result.patch = patchCoverage(set, diff.added);
    else why = diff.note;
  } else why = 'not a pull request: no change to measure';
  if (request.minPatchCoverage !== undefined) {
    result.rules.push(patchCoverageRule(request.minPatchCoverage, result.patch?.lines, result.patch ? undefined : why));
  }
}

async function judgeFindings(
  request: GateRequest,
  deps: GateDeps,
  files: string[],
  vexFiles: string[],
  result: GateResult,
): Promise<void> {
  const [{ readFindings }, { readIgnoreIds }, { readVex, vexFor }, { baselineKeyTable }] = await Promise.all([
    import('./read-reports'),
    import('./ignore-ids'),
    import('./vex'),
    import('./finding-keys'),
  ]);
  const ignore = readIgnoreIds(request.ignoreIds, deps.now);
  for (const id of ignore.expired) result.notes.push(`The ignore entry for ${id} has expired: it counts again.`);
  const statements: VexStatement[] = [];
  for (const file of vexFiles) statements.push(...(await readVex(file)));
  const baselineKeys = request.newOnly && deps.baseline ? baselineKeyTable(deps.baseline) : undefined;
  if (request.newOnly && !baselineKeys)
    result.notes.push('new-only: no baseline with findings yet, so every finding counts.');
  // The filters are handed to the reading: each finding is judged on its merged state there, and
  // only the counts and the worst findings' details come out (bounded memory).
  const { afterFilters, afterFilterHashes, ...totals } = (
    await readFindings(files, {
      ignoreIds: ignore.ids,
      ignoreUnfixed: request.ignoreUnfixed,
      vex: { statements, match: (finding) => vexFor(finding, statements) },
      baseline: baselineKeys,
    })
  ).totals();
  result.findings = totals;
  const counts = totals.counts;
  // The baseline keeps every finding the filters let through, so new-only compares like with like.
  result.nextBaseline.vulnerabilities = afterFilters;
  result.nextBaseline.findingHashes = afterFilterHashes;
  const limits = { ...DEFAULT_LIMITS, ...request.maxBySeverity };
  result.rules.push(
    ...vulnerabilityRules(limits, counts, request.newOnly ? undefined : deps.baseline?.vulnerabilities),
  );
}
