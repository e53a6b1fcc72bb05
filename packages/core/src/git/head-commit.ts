// The commit checked out in a working tree, for runs outside any CI (a laptop running the cib
// CLI): `git rev-parse --verify HEAD^{commit}` through the exec seam.
import type { Exec } from '../exec/exec';
import { CibError, quoteForMessage } from '../errors/cib-error';

/** The full SHA of HEAD in `cwd`. Throws when git is missing or `cwd` is not a checkout. */
export async function readHeadCommit(exec: Exec, cwd: string): Promise<string> {
  const { stdout } = await exec('git', ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], {
    cwd,
    timeoutMs: 15_000,
  });
  const sha = stdout.trim();
  if (!/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(sha)) {
    throw new CibError(`git rev-parse HEAD in ${cwd} printed ${quoteForMessage(sha)}, not a commit SHA`);
  }
  return sha;
}
