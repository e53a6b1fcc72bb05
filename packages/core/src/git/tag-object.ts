// What a tag is in the local repository: an annotated tag object, a lightweight tag (a ref
// straight to a commit), or missing. Asked with `git cat-file -t`, which names the object the
// ref points to without peeling it.
import type { Exec } from '../exec/exec';

/** `annotated`: a tag object; `lightweight`: the ref points at a commit (or tree/blob); `missing`. */
export type LocalTagType = 'annotated' | 'lightweight' | 'missing';

/** Reads the type of `refs/tags/<tag>` in the repository at `cwd`; `missing` also outside a repository. */
export async function localTagType(exec: Exec, cwd: string, tag: string): Promise<LocalTagType> {
  // `--` is not accepted by cat-file; the full ref name keeps a tag named like an option harmless.
  const result = await exec('git', ['cat-file', '-t', `refs/tags/${tag}`], { cwd, allowFailure: true });
  if (result.exitCode !== 0) return 'missing';
  return result.stdout.trim() === 'tag' ? 'annotated' : 'lightweight';
}
