// The Runtime under the GitHub runner: what it writes to stdout for masks, and the state it can
// hand to the post step.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGithubRuntime, ENV_STRING_MAX_BYTES } from '@cib/core/runner/github-runtime';

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

test('a state value one environment variable cannot hold is refused before it is written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cib-state-'));
  const file = join(dir, 'state');
  writeFileSync(file, '');
  const rt = createGithubRuntime({ env: { GITHUB_STATE: file }, write: () => undefined });
  const fits = 'x'.repeat(ENV_STRING_MAX_BYTES - 'STATE_DIR='.length - 1);
  rt.saveState('DIR', fits);
  expect(() => rt.saveState('DIR', `${fits}x`)).toThrow(
    `State "DIR" is ${ENV_STRING_MAX_BYTES + 1} bytes: the runner passes state to the post step in one environment variable, which holds at most ${ENV_STRING_MAX_BYTES}`,
  );
  expect(readFileSync(file, 'utf8')).toContain(fits);
  expect(readFileSync(file, 'utf8')).not.toContain(`${fits}x`);
  rmSync(dir, { recursive: true });
});
