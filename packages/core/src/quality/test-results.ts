// The test outcome of every JUnit report, merged: counts by status, the failed tests with their
// message, and flaky tests. A test is flaky when its report says it passed on a rerun (surefire's
// flakyFailure/flakyError, pytest-rerunfailures' <rerun>) or when it failed and then passed later
// in the same report set (a retried job's second report): the failure is then taken back. Only
// failures are remembered by name (they are few), so memory does not grow with the test count;
// what is remembered is copied (detach.ts), so it does not hold the reader's chunks alive.
import { detach } from './detach';

export type TestStatus = 'passed' | 'failed' | 'error' | 'skipped' | 'flaky';

export interface TestCase {
  suite: string;
  classname: string;
  name: string;
  file?: string;
  line?: number;
  status: TestStatus;
  /** The failure's message (cut to MESSAGE_CHARS). */
  message?: string;
  /** The start of the failure's text or stack trace (cut to DETAIL_CHARS). */
  detail?: string;
  /** The report it came from. */
  report: string;
}

export const MESSAGE_CHARS = 1000;
export const DETAIL_CHARS = 4000;

export interface TestCounts {
  tests: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  flaky: number;
}

export class TestResults {
  readonly counts: TestCounts = { tests: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0 };
  readonly reports: string[] = [];
  private readonly failing = new Map<string, TestCase>();
  private readonly failingNames = new Set<string>();
  private readonly flakyTests = new Map<string, TestCase>();

  add(given: TestCase): void {
    const test = given.status === 'passed' || given.status === 'skipped' ? given : kept(given);
    // Most tests never failed: the name check spares building a key for each of millions of them.
    const mayHaveFailed = this.failingNames.has(test.name);
    const key =
      mayHaveFailed || test.status === 'failed' || test.status === 'error' || test.status === 'flaky'
        ? `${test.suite}\u0000${test.classname}\u0000${test.name}`
        : '';
    const earlier = mayHaveFailed ? this.failing.get(key) : undefined;
    if (earlier && (test.status === 'passed' || test.status === 'flaky')) {
      // Failed, then passed in a later report: one flaky test, counted once.
      this.failing.delete(key);
      this.counts[earlier.status === 'error' ? 'errors' : 'failed']--;
      this.counts.flaky++;
      this.flakyTests.set(key, { ...earlier, status: 'flaky' });
      return;
    }
    this.counts.tests++;
    switch (test.status) {
      case 'passed':
        this.counts.passed++;
        return;
      case 'skipped':
        this.counts.skipped++;
        return;
      case 'flaky':
        this.counts.flaky++;
        this.flakyTests.set(key, test);
        return;
      case 'failed':
      case 'error':
        this.counts[test.status === 'error' ? 'errors' : 'failed']++;
        if (!this.failing.has(key)) this.failing.set(key, test);
        this.failingNames.add(test.name);
        return;
    }
  }

  /** Passed tests known only by number (node's parent tests). */
  addPassed(count: number): void {
    this.counts.tests += count;
    this.counts.passed += count;
  }

  /** Failed and errored tests, in report order. */
  failures(): TestCase[] {
    return [...this.failing.values()];
  }

  flaky(): TestCase[] {
    return [...this.flakyTests.values()];
  }
}

function kept(test: TestCase): TestCase {
  return {
    ...test,
    suite: detach(test.suite),
    classname: detach(test.classname),
    name: detach(test.name),
    file: detach(test.file),
    message: detach(test.message),
    detail: detach(test.detail),
  };
}

/**
 * Keeps at most `max` characters, saying how much was cut. The note is ASCII on purpose: one
 * non-Latin-1 character ("…") makes V8 store the whole kept text two bytes a character, which
 * cost 10 MB on a 1 GB JUnit report's 3,500 failures.
 */
export function cutText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}... (${text.length - max} more characters)`;
}
