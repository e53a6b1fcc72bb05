// Fetches one tag ref again from the remote, overwriting the local one. actions/checkout before
// v6.0.2 fetches the triggering tag as `+<sha>:refs/tags/X`, which leaves a lightweight ref where
// the remote has an annotated tag; fetching `refs/tags/X:refs/tags/X` brings the tag object back.
import { errorMessage } from '../errors/cib-error';
import type { Exec } from '../exec/exec';

export interface FetchTagResult {
  ok: boolean;
  /** Why the fetch failed (git's last lines), for the log. */
  detail: string;
}

/** `git fetch --no-tags -f <remote> refs/tags/<tag>:refs/tags/<tag>` in `cwd`; never throws. */
export async function fetchTagRef(
  exec: Exec,
  cwd: string,
  tag: string,
  options: { remote?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<FetchTagResult> {
  const ref = `refs/tags/${tag}`;
  let result;
  try {
    result = await exec('git', ['fetch', '--no-tags', '-f', options.remote ?? 'origin', `${ref}:${ref}`], {
      cwd,
      allowFailure: true,
      timeoutMs: options.timeoutMs ?? 60_000,
      // Never let git wait for a password on a terminal nobody watches.
      env: { ...(options.env ?? process.env), GIT_TERMINAL_PROMPT: '0' },
    });
  } catch (error) {
    // A git that cannot start or hangs is one more reason to ask the API instead.
    return { ok: false, detail: errorMessage(error) };
  }
  const lines = (result.stderr.trim() || result.stdout.trim())
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, 2)
    .join(' / ');
  return { ok: result.exitCode === 0, detail: lines };
}
