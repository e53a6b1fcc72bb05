// Our runner protocol is written by hand (for cold start); this holds it to @actions/core's:
// the same calls must produce the same stdout commands and file-command entries. @actions/core
// writes through process.stdout, ours straight to fd 1 (runner/stdout.ts): both are captured.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as actionsCore from '@actions/core';
import { createGithubRuntime } from '@cib/core/runner/github-runtime';
import type { Runtime } from '@cib/core/runner/runtime';
import { spyOnFd } from '../../support/fd-writes';

const FILES = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY'] as const;

interface Captured {
  stdout: string;
  files: Record<string, string>;
}

/** Random heredoc delimiters differ between runs; compare them as one placeholder. */
function normalise(text: string): string {
  return text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_X');
}

async function capture(exercise: () => Promise<void> | void): Promise<Captured> {
  const dir = mkdtempSync(join(tmpdir(), 'cib-conformance-'));
  const saved = { ...process.env };
  for (const name of FILES) {
    process.env[name] = join(dir, name);
    writeFileSync(join(dir, name), '');
  }
  let stdout = '';
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const fd1 = spyOnFd(1);
  try {
    await exercise();
  } finally {
    write.mockRestore();
    fd1.restore();
    process.env = saved;
  }
  const files = Object.fromEntries(FILES.map((name) => [name, normalise(readFileSync(join(dir, name), 'utf8'))]));
  return { stdout: normalise(stdout + fd1.text()), files };
}

const multiLine = 'line one\nline two: 100% done, a,b';

const cases: Array<{ name: string; ours: (rt: Runtime) => void | Promise<void>; theirs: () => void | Promise<void> }> =
  [
    {
      name: 'setOutput with a multi-line value',
      ours: (rt) => rt.setOutput('digest', multiLine),
      theirs: () => actionsCore.setOutput('digest', multiLine),
    },
    {
      name: 'saveState',
      ours: (rt) => rt.saveState('instance-id', 'i-0abc'),
      theirs: () => actionsCore.saveState('instance-id', 'i-0abc'),
    },
    {
      name: 'exportVariable',
      ours: (rt) => rt.exportVariable('BUILD_DATE', '2025-09-08T16:32:44Z'),
      theirs: () => actionsCore.exportVariable('BUILD_DATE', '2025-09-08T16:32:44Z'),
    },
    { name: 'addPath', ours: (rt) => rt.addPath('/opt/tool/bin'), theirs: () => actionsCore.addPath('/opt/tool/bin') },
    {
      name: 'setSecret',
      ours: (rt) => rt.setSecret('s3cr%t\nvalue'),
      theirs: () => actionsCore.setSecret('s3cr%t\nvalue'),
    },
    { name: 'debug', ours: (rt) => rt.log.debug('look: 50%'), theirs: () => actionsCore.debug('look: 50%') },
    { name: 'info', ours: (rt) => rt.log.info('plain line'), theirs: () => actionsCore.info('plain line') },
    {
      name: 'error annotation with properties that need escaping',
      ours: (rt) =>
        rt.log.error('failed\nbadly', { title: 'a: b, c', file: 'src/x.ts', startLine: 3, endLine: 4, startColumn: 1 }),
      theirs: () =>
        actionsCore.error('failed\nbadly', {
          title: 'a: b, c',
          file: 'src/x.ts',
          startLine: 3,
          endLine: 4,
          startColumn: 1,
        }),
    },
    {
      name: 'warning',
      ours: (rt) => rt.log.warning('careful', { title: 'T' }),
      theirs: () => actionsCore.warning('careful', { title: 'T' }),
    },
    { name: 'notice', ours: (rt) => rt.log.notice('note'), theirs: () => actionsCore.notice('note') },
    {
      name: 'group',
      ours: (rt) => rt.log.group('Build', async () => rt.log.info('inside')),
      theirs: () => actionsCore.group('Build', async () => actionsCore.info('inside')),
    },
  ];

describe('runner protocol matches @actions/core', () => {
  it.each(cases)('$name', async ({ ours, theirs }) => {
    const expected = await capture(theirs);
    const actual = await capture(() => ours(createGithubRuntime({ env: process.env })));
    expect(actual).toEqual(expected);
    expect(expected.stdout + Object.values(expected.files).join('')).not.toBe('');
  });

  it('puts an added path in front of PATH for this process too, as @actions/core does', async () => {
    const env: NodeJS.ProcessEnv = { PATH: '/usr/bin' };
    createGithubRuntime({ env, write: () => undefined }).addPath('/opt/tool/bin');
    let theirs: string | undefined;
    await capture(() => {
      process.env.PATH = '/usr/bin';
      actionsCore.addPath('/opt/tool/bin');
      theirs = process.env.PATH;
    });
    expect(env.PATH).toBe(theirs);
    expect(env.PATH).toBe('/opt/tool/bin:/usr/bin');
  });

  it('reads inputs as @actions/core does (upper-cased, spaces to underscores, trimmed)', async () => {
    process.env['INPUT_CACHE_SCOPE'] = '  amd64  ';
    process.env['INPUT_MY_INPUT'] = 'x';
    const rt = createGithubRuntime({ env: process.env });
    expect(rt.getInput('cache-scope')).toBe('');
    expect(rt.getInput('CACHE_SCOPE')).toBe(actionsCore.getInput('CACHE_SCOPE'));
    expect(rt.getInput('my input')).toBe(actionsCore.getInput('my input'));
    process.env['INPUT_CACHE-SCOPE'] = ' v ';
    expect(rt.getInput('cache-scope')).toBe(actionsCore.getInput('cache-scope'));
    expect(rt.getInput('cache-scope')).toBe('v');
  });
});
