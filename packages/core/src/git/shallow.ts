// Whether the checkout is shallow. actions/checkout fetches one commit by default, and then
// tags may be missing or rewritten, so a shallow answer sends the tag-type check to the remote.
import type { Exec } from '../exec/exec';

/** True when the repository at `cwd` is a shallow clone; false outside a repository. */
export async function isShallowRepository(exec: Exec, cwd: string): Promise<boolean> {
  const result = await exec('git', ['rev-parse', '--is-shallow-repository'], { cwd, allowFailure: true });
  return result.exitCode === 0 && result.stdout.trim() === 'true';
}
