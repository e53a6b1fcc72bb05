// Reads every report of one kind (coverage, vulnerabilities, tests): detects each file's format,
// refuses a file of the wrong kind (a JUnit file among coverage files is a mistake, not a pass)
// and hands it to its reader.
import { CoverageSet } from './coverage';
import { detectFormat, type ReportFormat } from './report-format';
import { ReportError } from './report-error';
import { TestResults } from './test-results';
import { FindingSet, type FindingFilters } from './finding-set';

type Reader<Set> = (path: string, set: Set) => Promise<void>;

// Each reader is loaded when a report of its format is read: an action that fails on its inputs,
// or has nothing to read, does not pay for parsers it never runs (bench/cold-start.mjs).
const COVERAGE: Partial<Record<ReportFormat, () => Promise<Reader<CoverageSet>>>> = {
  lcov: async () => (await import('./coverage-lcov')).readLcov,
  go: async () => (await import('./coverage-go')).readGoProfile,
  cobertura: async () => (await import('./coverage-cobertura')).readCobertura,
  clover: async () => (await import('./coverage-clover')).readClover,
  jacoco: async () => (await import('./coverage-jacoco')).readJacoco,
  'istanbul-json-summary': async () => (await import('./coverage-istanbul')).readIstanbulSummary,
};

const VULNERABILITIES: Partial<Record<ReportFormat, () => Promise<Reader<FindingSet>>>> = {
  trivy: async () => (await import('./vulnerabilities-trivy')).readTrivy,
  grype: async () => (await import('./vulnerabilities-grype')).readGrype,
  sarif: async () => (await import('./vulnerabilities-sarif')).readSarif,
};

function wrongKind(file: string, format: ReportFormat, expected: string): ReportError {
  return new ReportError(file, `is a ${format} report, not ${expected}`, {
    hint: 'List it under the input for its kind (coverage-files, vulnerability-files, test-files)',
  });
}

/** Coverage of all `files`, merged. */
export async function readCoverage(files: readonly string[]): Promise<CoverageSet> {
  const set = new CoverageSet();
  for (const file of files) {
    const format = await detectFormat(file);
    const load = COVERAGE[format];
    if (!load) throw wrongKind(file, format, 'a coverage report');
    await (
      await load()
    )(file, set);
  }
  return set;
}

/** Vulnerability findings of all `files`, de-duplicated, `filters` judged on each. */
export async function readFindings(files: readonly string[], filters: FindingFilters = {}): Promise<FindingSet> {
  const set = new FindingSet(filters);
  for (const file of files) {
    const format = await detectFormat(file);
    const load = VULNERABILITIES[format];
    if (!load) throw wrongKind(file, format, 'a vulnerability report (Trivy JSON, Grype JSON, SARIF)');
    await (
      await load()
    )(file, set);
  }
  return set;
}

/** Test results of all JUnit `files`, merged in the order given. */
export async function readTests(files: readonly string[]): Promise<TestResults> {
  const results = new TestResults();
  for (const file of files) {
    const format = await detectFormat(file);
    if (format !== 'junit') throw wrongKind(file, format, 'a JUnit XML report');
    const { readJunit } = await import('./junit');
    await readJunit(file, results);
  }
  return results;
}
