// When a failed bake runs again (push-retry.ts): a registry's temporary refusal of the push, never
// a failed build step; and how the cache hit ratio counts steps over the attempts.
import type { StepRecord } from '@cib/core/bake/build-progress';
import { pushRetryReason, stepsOverAttempts } from '@cib/core/bake/push-retry';

const refused = (status: string) =>
  `unexpected status from HEAD request to http://r.test/v2/a/manifests/cib-staging-app: ${status}`;
const pushVertex = '[app] pushing r.test/a:cib-staging-app with docker';

test.each([
  '500 Internal Server Error',
  '502 Bad Gateway',
  '503 Service Unavailable',
  '504 Gateway Timeout',
  '429 Too Many Requests',
])('the registry answering %s to the push: run again', (status) => {
  const reason = pushRetryReason({ name: pushVertex, error: refused(status), logTail: [] }, [], ['app']);
  expect(reason?.answer).toBe(refused(status));
});

test.each(['401 Unauthorized', '403 Forbidden', '404 Not Found', '400 Bad Request', '501 Not Implemented'])(
  'the registry answering %s: no retry (it would answer the same)',
  (status) => {
    expect(pushRetryReason({ name: pushVertex, error: refused(status), logTail: [] }, [], ['app'])).toBeUndefined();
  },
);

test("only buildx's final ERROR line quoting the answer (no failing vertex): run again", () => {
  const reason = pushRetryReason(
    undefined,
    [`ERROR: failed to solve: failed to push r.test/a:cib-staging-app: ${refused('503 Service Unavailable')}`],
    ['app'],
  );
  expect(reason?.answer).toBe(refused('503 Service Unavailable'));
});

test('a build step that failed is never retried, whatever its output says', () => {
  const step = {
    name: '[app linux/amd64 3/3] RUN curl http://r.test/x',
    error: refused('500 Internal Server Error'),
    logTail: [],
  };
  expect(pushRetryReason(step, [`ERROR: ${refused('500 Internal Server Error')}`], ['app'])).toBeUndefined();
  expect(
    pushRetryReason({ name: pushVertex, error: 'exit code: 1', logTail: [] }, ['ERROR: exit code: 1'], ['app']),
  ).toBeUndefined();
});

const step = (name: string, cached: boolean, settled: boolean): StepRecord => ({
  name,
  instruction: 'RUN',
  cached,
  settled,
});

test('steps over attempts: the first attempt that finished a step tells whether it was cached', () => {
  const first = [
    step('[app 2/3] COPY', false, true),
    step('[app 3/3] RUN a', false, false),
    step('[tool 2/2] RUN b', true, true),
  ];
  const retry = [
    step('[app 2/3] COPY', true, true),
    step('[app 3/3] RUN a', false, true),
    step('[tool 2/2] RUN b', true, true),
  ];
  expect(stepsOverAttempts([first, retry]).map((s) => [s.name, s.cached])).toEqual([
    ['[app 2/3] COPY', false], // built by the first attempt: its cache hit in the retry is our own work
    ['[app 3/3] RUN a', false], // cancelled in the first attempt, built by the retry
    ['[tool 2/2] RUN b', true],
  ]);
  expect(stepsOverAttempts([first])).toEqual(first);
});
