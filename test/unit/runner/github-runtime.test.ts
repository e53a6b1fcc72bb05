// The Runtime under the GitHub runner: what it writes to stdout for masks.
import { createGithubRuntime } from '@cib/core/runner/github-runtime';

test('a secret registered twice is announced once; empty secrets not at all', () => {
  const lines: string[] = [];
  const rt = createGithubRuntime({ env: {}, write: (text) => void lines.push(text.trimEnd()) });
  rt.setSecret('ghs_token');
  rt.setSecret('');
  rt.setSecret('ghs_token');
  rt.setSecret('other');
  expect(lines).toEqual(['::add-mask::ghs_token', '::add-mask::other']);
});

test('has no state file of its own: the runner carries state in STATE_* variables', () => {
  const rt = createGithubRuntime({ env: { STATE_TARGET_INSTANCE_ID: 'i-1' }, write: () => undefined });
  expect(rt.stateFile()).toBeUndefined();
  expect(rt.getState('TARGET_INSTANCE_ID')).toBe('i-1');
});
