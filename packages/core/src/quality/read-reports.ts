// Reads every report of one kind (coverage, vulnerabilities, tests): detects each file's format,
// refuses a file of the wrong kind (a JUnit file among coverage files is a mistake, not a pass)
// and hands it to its reader.
import { readCobertura } from './coverage-cobertura';
import { readClover } from './coverage-clover';
import { readGoProfile } from './coverage-go';
import { readIstanbulSummary } from './coverage-istanbul';
import { readJacoco } from './coverage-jacoco';
import { readLcov } from './coverage-lcov';
import { CoverageSet } from './coverage';
import { readJunit } from './junit';
import { detectFormat, type ReportFormat } from './report-format';
import { ReportError } from './report-error';
import { TestResults } from './test-results';
import { readGrype } from './vulnerabilities-grype';
import { readSarif } from './vulnerabilities-sarif';
import { readTrivy } from './vulnerabilities-trivy';
import { FindingSet } from './vulnerability';

const COVERAGE: Partial<Record<ReportFormat, (path: string, set: CoverageSet) => Promise<void>>> = {
  lcov: readLcov,
  go: readGoProfile,
  cobertura: readCobertura,
  clover: readClover,
  jacoco: readJacoco,
  'istanbul-json-summary': readIstanbulSummary,
};

const VULNERABILITIES: Partial<Record<ReportFormat, (path: string, set: FindingSet) => Promise<void>>> = {
  trivy: readTrivy,
  grype: readGrype,
  sarif: readSarif,
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
    const reader = COVERAGE[format];
    if (!reader) throw wrongKind(file, format, 'a coverage report');
    await reader(file, set);
  }
  return set;
}

/** Vulnerability findings of all `files`, de-duplicated. */
export async function readFindings(files: readonly string[]): Promise<FindingSet> {
  const set = new FindingSet();
  for (const file of files) {
    const format = await detectFormat(file);
    const reader = VULNERABILITIES[format];
    if (!reader) throw wrongKind(file, format, 'a vulnerability report (Trivy JSON, Grype JSON, SARIF)');
    await reader(file, set);
  }
  return set;
}

/** Test results of all JUnit `files`, merged in the order given. */
export async function readTests(files: readonly string[]): Promise<TestResults> {
  const results = new TestResults();
  for (const file of files) {
    const format = await detectFormat(file);
    if (format !== 'junit') throw wrongKind(file, format, 'a JUnit XML report');
    await readJunit(file, results);
  }
  return results;
}
