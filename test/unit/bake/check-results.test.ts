// `bake --call check,format=json` results: the shape buildx prints (commands/bake.go wraps each
// target's lint result from buildkit's frontend/subrequests/lint), annotations placed on the
// repository's Dockerfile path and line.
import { parseCheckResults } from '@cib/core/bake/check-results';

const warning = (ruleName: string, line: number, sourceIndex?: number) => ({
  ruleName,
  description: `${ruleName} description`,
  url: `https://docs.docker.com/go/dockerfile/rule/${ruleName.toLowerCase()}/`,
  detail: `${ruleName} detail`,
  // Go's omitempty leaves out sourceIndex 0.
  location: { ...(sourceIndex === undefined ? {} : { sourceIndex }), ranges: [{ start: { line }, end: { line } }] },
});

test('warnings per target, on the Dockerfile path under the target context', () => {
  const stdout = JSON.stringify({
    group: { default: { targets: ['api', 'web'] } },
    target: {
      api: {
        build: { context: 'services/api', dockerfile: 'docker/Dockerfile.api' },
        check: {
          warnings: [warning('FromAsCasing', 1), warning('UndefinedVar', 7, 1)],
          sources: [
            { filename: 'Dockerfile.api', language: 'Dockerfile', data: '' },
            { filename: 'other.Dockerfile', language: 'Dockerfile', data: '' },
          ],
        },
      },
      web: { build: { context: '.', dockerfile: 'Dockerfile' }, check: { warnings: [], sources: [] } },
    },
  });
  expect(parseCheckResults(stdout)).toEqual([
    {
      target: 'api',
      rule: 'FromAsCasing',
      message: 'FromAsCasing detail',
      url: 'https://docs.docker.com/go/dockerfile/rule/fromascasing/',
      file: 'services/api/docker/Dockerfile.api',
      line: 1,
      level: 'warning',
    },
    expect.objectContaining({ target: 'api', rule: 'UndefinedVar', file: 'other.Dockerfile', line: 7 }),
  ]);
});

test('a Dockerfile that does not parse: an error finding; a remote context keeps buildkit file name', () => {
  const stdout = JSON.stringify({
    target: {
      app: {
        build: { context: 'https://github.com/octo/app.git', dockerfile: 'Dockerfile' },
        check: {
          warnings: [],
          sources: [{ filename: 'Dockerfile' }],
          buildError: {
            message: 'dockerfile parse error on line 6: unknown instruction: PUN',
            location: { ranges: [{ start: { line: 6 } }] },
          },
          error: 'dockerfile parse error on line 6: unknown instruction: PUN\n',
        },
      },
    },
  });
  expect(parseCheckResults(stdout)).toEqual([
    {
      target: 'app',
      rule: 'BuildError',
      message: 'dockerfile parse error on line 6: unknown instruction: PUN',
      file: 'Dockerfile',
      line: 6,
      level: 'error',
    },
  ]);
});

test('a description stands in for a missing detail; no check results means undefined', () => {
  const stdout = JSON.stringify({
    target: { app: { check: { warnings: [{ ruleName: 'JSONArgsRecommended', description: 'Use JSON' }] } } },
  });
  expect(parseCheckResults(stdout)).toEqual([
    {
      target: 'app',
      rule: 'JSONArgsRecommended',
      message: 'Use JSON',
      url: undefined,
      line: undefined,
      level: 'warning',
    },
  ]);
  expect(parseCheckResults('app\n\nCheck complete, no warnings found.\n')).toBeUndefined();
  expect(parseCheckResults('{"group": {}}')).toBeUndefined();
});
