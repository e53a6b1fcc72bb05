// The process seam against real processes: tiny node scripts in test/fixtures/exec-scripts/ (as
// actions/toolkit's exec tests drive theirs) show what a caller of execProcess can rely on:
// argv elements arrive one for one, stdin is written and closed, output arrives as whole lines,
// failures name the program with its last lines, and a timeout really ends the process.
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CibError } from '@cib/core/errors/cib-error';
import { ExecError, execProcess } from '@cib/core/exec/exec';

const SCRIPTS = join(__dirname, '../../fixtures/exec-scripts');
const node = process.execPath;
const script = (name: string) => join(SCRIPTS, name);
// Timeouts long enough for node to start and print its pid on a busy machine: the tests look at
// what happens to the process, never at how long it took.
const STARTED_WITHIN_MS = 1500;

/** True while a process with this pid exists. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('argv', () => {
  it('passes each element as exactly one argument: no shell splits, quotes, globs or expands', async () => {
    const args = [
      'two words',
      '',
      'it\'s "quoted"',
      '$HOME and `id` and $(id)',
      'a; rm -rf /tmp/nothing && echo',
      '*.ts',
      'line one\nline two',
      '--flag=value with spaces',
      'ünïcödé ✓',
    ];
    const { stdout, exitCode } = await execProcess(node, [script('print-args.mjs'), ...args]);
    expect(exitCode).toBe(0);
    expect(JSON.parse(stdout)).toEqual(args);
  });

  it('runs in the given cwd with the given environment only', async () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'cib-exec-')));
    try {
      const { stdout } = await execProcess(node, [script('print-cwd-env.mjs'), 'CIB_EXEC_TEST'], {
        cwd: dir,
        env: { CIB_EXEC_TEST: 'from the caller' },
      });
      expect(JSON.parse(stdout)).toEqual({ cwd: dir, value: 'from the caller' });
      const inherited = await execProcess(node, [script('print-cwd-env.mjs'), 'CIB_EXEC_TEST'], { cwd: dir, env: {} });
      expect(JSON.parse(inherited.stdout)).toEqual({ cwd: dir, value: null });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('stdin', () => {
  it('writes `input` to stdin and closes it', async () => {
    const input = 'password-like secret\nsecond line\n';
    const { stdout } = await execProcess(node, [script('echo-stdin.mjs')], { input });
    expect(stdout).toBe(`${JSON.stringify(input)}\nstdin closed\n`);
  });

  it('closes stdin at once without `input`, so a program reading it does not wait', async () => {
    const { stdout } = await execProcess(node, [script('echo-stdin.mjs')]);
    expect(stdout).toBe('""\nstdin closed\n');
  });
});

describe('output lines', () => {
  it('hands whole lines to the callbacks however the output was cut, and flushes the last one at exit', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const result = await execProcess(node, [script('lines-in-pieces.mjs')], {
      onStdoutLine: (line) => out.push(line),
      onStderrLine: (line) => err.push(line),
    });
    expect(out).toEqual(['first line', 'second', 'third line', '', 'windows', 'no newline at the end']);
    expect(err).toEqual(['warning 1', 'warning 2']);
    // The collected output is the raw text, untouched.
    expect(result.stdout).toBe('first line\nsecond\nthird line\n\nwindows\r\nno newline at the end');
    expect(result.stderr).toBe('warning 1\nwarning 2');
  });
});

describe('exit codes', () => {
  it('a non-zero exit throws an ExecError naming the program, its code and the last 10 lines of stderr', async () => {
    const error = await execProcess(node, [script('exit-with.mjs'), '3', 'stderr', '12']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExecError);
    expect(error).toBeInstanceOf(CibError);
    expect(error).toMatchObject({ exitCode: 3 });
    const message = (error as Error).message;
    expect(message).toMatch(new RegExp(`^${node.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} exited with code 3:\n`));
    expect(message).toContain('stderr line 3\n');
    expect(message).toContain('stderr line 12');
    expect(message).not.toContain('stderr line 2\n');
  });

  it('shows the last lines of stdout when stderr is empty', async () => {
    const error = await execProcess(node, [script('exit-with.mjs'), '2', 'stdout', '1']).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/exited with code 2:\nstdout line 1$/);
  });

  it('with allowFailure, returns the exit code and the output instead of throwing', async () => {
    const result = await execProcess(node, [script('exit-with.mjs'), '5', 'stdout', '2'], { allowFailure: true });
    expect(result).toEqual({ exitCode: 5, stdout: 'stdout line 1\nstdout line 2\n', stderr: '' });
  });

  it('a process killed by a signal exits with 128 + the signal number, as a shell reports it', async () => {
    const killed = await execProcess(node, [script('kill-self.mjs'), 'SIGKILL'], { allowFailure: true });
    expect(killed.exitCode).toBe(137);
    const terminated = await execProcess(node, [script('kill-self.mjs'), 'SIGTERM'], { allowFailure: true });
    expect(terminated.exitCode).toBe(143);
  });

  it('a program that does not exist fails with a hint to install it', async () => {
    const error = await execProcess('cib-no-such-program', ['--version']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CibError);
    expect(error).not.toBeInstanceOf(ExecError);
    expect((error as CibError).message).toMatch(/^Could not run cib-no-such-program: .*ENOENT/);
    expect((error as CibError).hint).toBe('Is cib-no-such-program installed and on PATH?');
  });
});

describe('timeouts and aborts', () => {
  it('stops a process that outlives timeoutMs, and says so', async () => {
    const pids: number[] = [];
    const error = await execProcess(node, [script('wait-forever.mjs')], {
      timeoutMs: STARTED_WITHIN_MS,
      onStdoutLine: (line) => pids.push(Number(line)),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CibError);
    expect((error as Error).message).toBe(`${node} did not finish within ${STARTED_WITHIN_MS} ms and was stopped`);
    expect(pids).toHaveLength(1);
    expect(alive(pids[0])).toBe(false);
  });

  it('kills a process that ignores SIGTERM with SIGKILL', async () => {
    const lines: string[] = [];
    const error = await execProcess(node, [script('wait-forever.mjs'), 'ignore-sigterm'], {
      timeoutMs: STARTED_WITHIN_MS,
      onStdoutLine: (line) => lines.push(line),
    }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/did not finish within \d+ ms and was stopped/);
    // It saw the SIGTERM, ignored it, and is gone all the same.
    expect(lines.slice(1)).toEqual(['SIGTERM ignored']);
    expect(alive(Number(lines[0]))).toBe(false);
  });

  it('an abort signal ends the process', async () => {
    const controller = new AbortController();
    const pids: number[] = [];
    const run = execProcess(node, [script('wait-forever.mjs')], {
      signal: controller.signal,
      onStdoutLine: (line) => {
        pids.push(Number(line));
        controller.abort();
      },
    });
    await expect(run).rejects.toThrow(/^Could not run .*aborted/);
    // The child may take a moment to be reaped after the abort's SIGTERM.
    for (let i = 0; i < 100 && alive(pids[0]); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(alive(pids[0])).toBe(false);
  });
});
