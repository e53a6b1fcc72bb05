// Reads JUnit XML as the common tools write it: a <testsuites> root or a bare <testsuite>,
// nested suites, <failure> (an assertion) vs <error> (an exception), <skipped/> with or without a
// message or text, suites that failed to load (a suite-level <error>/<failure>, or failures
// declared with no test case to hold them), surefire's flakyFailure/flakyError and rerunFailure,
// pytest-rerunfailures' <rerun>. Every <testcase> counts as one test, as the tools count them
// (gotestsum lists a parent test and each of its subtests). Node's test runner writes a test
// with subtests as a <testsuite> beside plain <testcase>s under the root: in that layout each
// suite is a parent test and counts too (failed when a subtest failed), as node counts it.
// Streamed: only a bounded prefix of a failure's text is kept, and <system-out> is never kept.
import { cutText, DETAIL_CHARS, MESSAGE_CHARS, type TestCase, type TestResults } from './test-results';
import { ReportError } from './report-error';
import { numberAttribute, streamXml, type XmlElement } from './xml-stream';

interface Suite {
  name: string;
  failed: boolean;
  file?: string;
  declaredProblems: number;
  testcases: number;
  loadError?: { message: string; detail: string };
}

/** Adds every test case of the JUnit report `path` to `results`. */
export async function readJunit(path: string, results: TestResults): Promise<void> {
  results.reports.push(path);
  const suites: Suite[] = [];
  let test: TestCase | undefined;
  let rerunOnly = false;
  let textTarget: 'detail' | 'suite' | undefined;
  let text = '';
  let sawRoot = false;
  // Node's layout: test cases directly under <testsuites>; its suites are parent tests.
  let rootHasTestcases = false;
  // Tallied, not listed, so memory does not grow with the number of suites.
  let passedParents = 0;
  const failedParents: Array<{ name: string; file?: string }> = [];

  const problem = (element: XmlElement): { message: string } => ({
    message: cutText(element.attributes.message ?? element.attributes.type ?? '', MESSAGE_CHARS),
  });

  await streamXml(path, {
    open(element, depth) {
      const name = element.name;
      if (!sawRoot) {
        if (name !== 'testsuites' && name !== 'testsuite') {
          throw new ReportError(path, `<${name}> is not a JUnit root (expected <testsuites> or <testsuite>)`);
        }
        sawRoot = true;
      }
      const suite = suites[suites.length - 1];
      if (name === 'testsuite') {
        suites.push({
          name: element.attributes.name ?? '',
          failed: (numberAttribute(element, 'errors') ?? 0) + (numberAttribute(element, 'failures') ?? 0) > 0,
          file: element.attributes.file || element.attributes.filepath || suite?.file,
          declaredProblems: (numberAttribute(element, 'errors') ?? 0) + (numberAttribute(element, 'failures') ?? 0),
          testcases: 0,
        });
      } else if (name === 'testcase') {
        if (suite) suite.testcases++;
        else if (depth === 1) rootHasTestcases = true;
        test = {
          suite: suite?.name ?? '',
          classname: element.attributes.classname ?? '',
          name: element.attributes.name ?? '',
          file: element.attributes.file || element.attributes.filepath || suite?.file,
          line: numberAttribute(element, 'line'),
          status: 'passed',
          report: path,
        };
        rerunOnly = false;
      } else if (test) {
        switch (name) {
          case 'failure':
          case 'error':
            test.status = name === 'failure' ? 'failed' : 'error';
            test.message = problem(element).message;
            textTarget = 'detail';
            text = '';
            return;
          case 'skipped':
            if (test.status === 'passed') test.status = 'skipped';
            test.message = problem(element).message || undefined;
            return;
          case 'flakyFailure':
          case 'flakyError':
          case 'rerun':
          case 'rerunFailure':
          case 'rerunError':
            // Failed runs before the last one: flaky unless the final outcome is a failure too.
            rerunOnly = true;
            test.message ??= problem(element).message;
            return;
        }
      } else if (suite && (name === 'error' || name === 'failure')) {
        suite.loadError = { message: problem(element).message, detail: '' };
        textTarget = 'suite';
        text = '';
      }
    },
    text(chunk) {
      if (textTarget && text.length < DETAIL_CHARS) text += chunk.slice(0, DETAIL_CHARS - text.length + 1);
    },
    close(name) {
      if ((name === 'failure' || name === 'error') && textTarget) {
        const detail = cutText(text.trim(), DETAIL_CHARS);
        if (textTarget === 'detail' && test) test.detail = detail;
        const suite = suites[suites.length - 1];
        if (textTarget === 'suite' && suite?.loadError) suite.loadError.detail = detail;
        textTarget = undefined;
        text = '';
      } else if (name === 'testcase' && test) {
        if (test.status === 'passed' && rerunOnly) test.status = 'flaky';
        if (test.status === 'passed') test.message = undefined;
        results.add(test);
        test = undefined;
      } else if (name === 'testsuite') {
        const suite = suites.pop();
        if (!suite) return;
        // A parent suite's problems are its children's: count their cases as its own.
        const parent = suites[suites.length - 1];
        if (parent) parent.testcases += suite.testcases;
        if (suite.testcases > 0 && suite.failed) failedParents.push({ name: suite.name, file: suite.file });
        else if (suite.testcases > 0) passedParents++;
        finishSuite(suite, path, results);
      }
    },
  });
  if (!sawRoot) throw new ReportError(path, 'no JUnit root element (the file is empty?)');
  if (!rootHasTestcases) return;
  results.addPassed(passedParents);
  for (const parent of failedParents) {
    results.add({
      suite: '',
      classname: parent.name,
      name: parent.name,
      file: parent.file,
      status: 'failed',
      message: 'A subtest failed',
      report: path,
    });
  }
}

/** A suite that could not run has no test case for its error: it counts as one errored test. */
function finishSuite(suite: Suite, report: string, results: TestResults): void {
  if (suite.testcases > 0) return;
  if (!suite.loadError && suite.declaredProblems === 0) return;
  results.add({
    suite: suite.name,
    classname: suite.name,
    name: `${suite.name || 'test suite'} failed to load`,
    file: suite.file,
    status: 'error',
    message: suite.loadError?.message || 'The suite reports errors but ran no test case',
    detail: suite.loadError?.detail,
    report,
  });
}
