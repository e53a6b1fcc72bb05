// How a failed step reads, end to end: an entry point run as the runner runs one (a separate node
// process, workflow commands on stdout). A bug (a TypeError) is an internal error of cib naming
// the action and version, its stack in the debug log only; a user error is its own message on one
// line. Neither puts a stack frame into the ::error:: annotation.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { CIB_VERSION } from '@cib/core/runner/cib-version';
import { parseWorkflowCommands, REPO_ROOT, runAction } from '../support/runner-harness';

const FIXTURE = join(REPO_ROOT, 'test/fixtures/run-main/failing-phase.ts');

function runFixture(env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', FIXTURE], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, GITHUB_ACTIONS: 'true', RUNNER_DEBUG: '1', ...env },
    encoding: 'utf8',
  });
  const commands = parseWorkflowCommands(result.stdout);
  return {
    exitCode: result.status,
    errors: commands.filter((c) => c.command === 'error').map((c) => c.message),
    debug: commands.filter((c) => c.command === 'debug').map((c) => c.message),
    rawErrorLines: result.stdout.split('\n').filter((line) => line.startsWith('::error')),
  };
}

test('a TypeError in a phase is an internal error of cib, with the stack in the debug log only', () => {
  const run = runFixture();
  expect(run.exitCode).toBe(1);
  expect(run.errors).toEqual([
    `internal error in cib build-info ${CIB_VERSION}: Cannot read properties of null (reading 'retries')`,
  ]);
  expect(run.rawErrorLines.join('\n')).not.toMatch(/%0A|\n\s+at /);
  expect(run.debug.join('\n')).toMatch(/^TypeError: Cannot read properties of null[\s\S]*\n\s+at .*failing-phase\.ts/);
});

test('a CibError prints its own message on one line, not as an internal error', () => {
  const run = runFixture({ FAIL_WITH: 'cib' });
  expect(run.exitCode).toBe(1);
  expect(run.errors).toEqual(['The registry refused the push of org/app:1']);
  expect(run.rawErrorLines).toEqual(['::error::The registry refused the push of org/app:1']);
});

test('a registry that dies mid-run: one user-facing error line naming the registry, no stack frames', async () => {
  // Answers the API check, then drops the manifest request and stops listening: a registry
  // that dies between two requests.
  const server = createServer((req, res) => {
    if (req.url === '/v2/') {
      res.writeHead(200, { 'docker-distribution-api-version': 'registry/2.0' }).end('{}');
      return;
    }
    res.socket?.destroy();
    server.close();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const run = await runAction('manifest-merge', {
      inputs: { sources: `${host}/org/app:1-amd64`, tags: `${host}/org/app:1` },
      debug: true,
    });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.errors).toHaveLength(1);
    expect(run.main.errors[0]).toMatch(new RegExp(`^Source ${host}/org/app:1-amd64 could not be read: .*${host}`));
    expect(run.main.errors[0]).not.toMatch(/internal error|\bat async\b|\n/);
    expect(run.main.stdout.split('\n').filter((l) => l.startsWith('::error'))[0]).not.toContain('%0A');
  } finally {
    server.close();
  }
});
