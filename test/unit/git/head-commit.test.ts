// Reading HEAD through the exec seam when no CI variable names the commit.
import type { Exec } from '@cib/core/exec/exec';
import { readHeadCommit } from '@cib/core/git/head-commit';

const SHA = 'ffac537e6cbbf934b08745a378932722df287a53';

test('runs git rev-parse with an argv array in the given folder', async () => {
  const calls: Array<[string, readonly string[], string | undefined]> = [];
  const exec: Exec = async (command, args, options) => {
    calls.push([command, args, options?.cwd]);
    return { exitCode: 0, stdout: `${SHA}\n`, stderr: '' };
  };
  await expect(readHeadCommit(exec, '/checkout')).resolves.toBe(SHA);
  expect(calls).toEqual([['git', ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], '/checkout']]);
});

test('output that is not a SHA fails', async () => {
  const exec: Exec = async () => ({ exitCode: 0, stdout: 'HEAD\n', stderr: '' });
  await expect(readHeadCommit(exec, '/checkout')).rejects.toThrow(/not a commit SHA/);
});

test('a failing git propagates', async () => {
  const exec: Exec = async () => {
    throw new Error('git exited with code 128: fatal: not a git repository');
  };
  await expect(readHeadCommit(exec, '/tmp')).rejects.toThrow(/not a git repository/);
});
