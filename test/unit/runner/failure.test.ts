// How a failure reads: the user's error as it is on one line, anything else as cib's own bug.
import { CibError } from '@cib/core/errors/cib-error';
import { InputError } from '@cib/core/errors/input-error';
import { failureMessage, reportFailure } from '@cib/core/runner/failure';
import { runMain } from '@cib/core/runner/run-main';
import { createGithubRuntime } from '@cib/core/runner/github-runtime';

const refused = Object.assign(new AggregateError([new Error('a'), new Error('b')], ''), { code: 'ECONNREFUSED' });

test.each([
  [
    'a CibError: its message',
    new CibError('Registry said no', { hint: 'Log in first' }),
    'Registry said no. Log in first',
  ],
  ['an InputError: its message', new InputError('tags', '', 'a tag'), 'Input "tags" is empty: expected a tag'],
  ['a CibError with line breaks: one line', new CibError('first\n  second\r\nthird'), 'first second third'],
  [
    'a TypeError: an internal error',
    new TypeError("Cannot read properties of undefined (reading 'x')"),
    "internal error in cib manifest-merge 9.9.9: Cannot read properties of undefined (reading 'x')",
  ],
  [
    'an error whose message holds a stack: its first line only',
    new Error('boom\n    at async run (index.js:1:1)'),
    'internal error in cib manifest-merge 9.9.9: boom',
  ],
  [
    'an AggregateError without a message: its code',
    refused,
    'internal error in cib manifest-merge 9.9.9: ECONNREFUSED',
  ],
  ['a thrown string', 'just a string', 'internal error in cib manifest-merge 9.9.9: just a string'],
])('%s', (_, error, message) => {
  expect(failureMessage(error, 'manifest-merge', '9.9.9')).toBe(message);
});

function recordingLog() {
  const lines: Array<[string, string]> = [];
  return {
    lines,
    error: (m: string) => void lines.push(['error', m]),
    debug: (m: string) => void lines.push(['debug', m]),
  };
}

test('reportFailure logs the one line as an error and the stack as debug', () => {
  const log = recordingLog();
  reportFailure(log, new RangeError('bad length'), 'build-info');
  expect(log.lines[0]).toEqual(['error', expect.stringMatching(/^internal error in cib build-info \S+: bad length$/)]);
  expect(log.lines[1][0]).toBe('debug');
  expect(log.lines[1][1]).toMatch(/^RangeError: bad length\n\s+at /);
});

test('runMain reports a failing phase through the runtime and sets exit code 1', async () => {
  const written: string[] = [];
  const rt = createGithubRuntime({ env: {}, write: (text) => void written.push(text.trimEnd()) });
  const before = process.exitCode;
  try {
    await runMain(
      'latest-manager',
      async () => {
        throw new CibError('nothing to do');
      },
      rt,
    );
    expect(process.exitCode).toBe(1);
  } finally {
    process.exitCode = before;
  }
  // The user's error is one line; no stack repeating it (and every value in it) in the debug log.
  expect(written).toEqual(['::error::nothing to do']);
});
