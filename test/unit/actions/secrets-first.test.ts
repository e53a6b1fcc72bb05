// Every action registers its secrets with the runner before anything can print them, the input
// errors included: a run that fails on its first bad input has already masked the password,
// token or URL credentials it was given, and the error shows none of them.
import { InputError } from '@cib/core/errors/input-error';
import { run as buildInfo } from '../../../actions/build-info/run';
import { run as latestManager } from '../../../actions/latest-manager/run';
import { run as manifestMerge } from '../../../actions/manifest-merge/run';
import type { Runtime } from '@cib/core/runner/runtime';
import { fakeRuntime } from '../../support/fake-runtime';

const PASSWORD = 'registry-pa55/word+';
const TOKEN = 'ghs_unitTestToken0123456789';
const URL_PASSWORD = 'url-pa55';

test.each<{
  action: string;
  run: (rt: Runtime) => Promise<void>;
  inputs: Record<string, string>;
  secrets: string[];
  input: string;
}>([
  {
    action: 'manifest-merge',
    run: manifestMerge,
    inputs: { username: 'ci', password: PASSWORD, sources: 'not a reference!', tags: 'ghcr.io/org/app:1' },
    secrets: [PASSWORD],
    input: 'sources',
  },
  {
    action: 'latest-manager',
    run: latestManager,
    inputs: {
      username: 'ci',
      password: PASSWORD,
      'github-token': TOKEN,
      images: 'ghcr.io/org/app',
      version: '1.0.0',
      strategy: 'sometimes',
    },
    secrets: [PASSWORD, TOKEN],
    input: 'strategy',
  },
  {
    action: 'build-info',
    run: buildInfo,
    inputs: {
      'verify-url': `https://deploy:${URL_PASSWORD}@deploy.example/build/info`,
      'verify-token': TOKEN,
      'verify-timeout': 'forever',
    },
    secrets: [TOKEN, URL_PASSWORD],
    input: 'verify-timeout',
  },
])('$action masks its secrets before failing on a bad input', async ({ run, inputs, secrets, input }) => {
  const rt = fakeRuntime(inputs, { env: { GITHUB_WORKSPACE: '/nonexistent' } });
  const error = await run(rt).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  expect((error as Error).message).toContain(`Input "${input}"`);
  expect(rt.secrets).toEqual(expect.arrayContaining(secrets));
  for (const secret of secrets) expect((error as Error).message).not.toContain(secret);
  expect(rt.leaks()).toEqual([]);
  // Nothing was reported for a run that did not happen.
  expect(rt.outputs.size).toBe(0);
  expect(rt.summary).toBe('');
});
