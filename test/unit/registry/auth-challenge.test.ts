// Reading WWW-Authenticate challenges as registries send them.
import { parseAuthChallenges, pickChallenge } from '@cib/core/registry/auth-challenge';

test.each([
  ['Basic realm="Registry Realm"', [{ scheme: 'basic', params: { realm: 'Registry Realm' } }]],
  [
    'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/ubuntu:pull"',
    [
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:library/ubuntu:pull',
        },
      },
    ],
  ],
  [
    'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/a:pull,push",error="insufficient_scope"',
    [
      {
        scheme: 'bearer',
        params: {
          realm: 'https://ghcr.io/token',
          service: 'ghcr.io',
          scope: 'repository:o/a:pull,push',
          error: 'insufficient_scope',
        },
      },
    ],
  ],
  [
    'bearer realm=https://x/token, service=x',
    [{ scheme: 'bearer', params: { realm: 'https://x/token', service: 'x' } }],
  ],
  [
    'Basic realm="a", Bearer realm="https://b/token",service="b"',
    [
      { scheme: 'basic', params: { realm: 'a' } },
      { scheme: 'bearer', params: { realm: 'https://b/token', service: 'b' } },
    ],
  ],
  ['Basic realm="say \\"hi\\""', [{ scheme: 'basic', params: { realm: 'say "hi"' } }]],
  ['', []],
])('%s', (header, expected) => {
  expect(parseAuthChallenges([header])).toEqual(expected);
});

test('Bearer is preferred over Basic when both are offered, in one header or several', () => {
  expect(pickChallenge(parseAuthChallenges(['Basic realm="a"', 'Bearer realm="b"']))?.scheme).toBe('bearer');
  expect(pickChallenge(parseAuthChallenges(['Basic realm="a"']))?.scheme).toBe('basic');
  expect(pickChallenge(parseAuthChallenges(['Negotiate abc']))).toBeUndefined();
});
