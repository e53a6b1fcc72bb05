// Turns the report globs of one input into files: each pattern must match at least one file
// (unless allow-missing), since a gate that silently finds no report would pass on nothing.
import { isAbsolute, relative, resolve } from 'node:path';
import { InputError } from '../errors/input-error';

const MAX_PATTERN_CHARS = 4096;

/** Files matching `patterns` (relative to `cwd`), sorted, each once. */
export async function findReportFiles(
  input: string,
  patterns: readonly string[],
  options: { cwd: string; allowMissing: boolean },
): Promise<{ files: string[]; unmatched: string[] }> {
  const { glob } = await import('tinyglobby');
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    // picomatch refuses patterns over 65,536 characters with an exception of its own.
    if (pattern.length > MAX_PATTERN_CHARS)
      throw new InputError(input, pattern, `globs of at most ${MAX_PATTERN_CHARS} characters each`);
    // An absolute path outside cwd is allowed (reports in a temp folder): glob from its root.
    const local = isAbsolute(pattern) ? relative(options.cwd, pattern) : pattern;
    const matches = await glob(local.startsWith('..') ? pattern : local, {
      cwd: options.cwd,
      absolute: true,
      dot: true,
      onlyFiles: true,
      expandDirectories: false,
    });
    if (matches.length === 0) unmatched.push(pattern);
    for (const match of matches) files.add(resolve(match));
  }
  if (unmatched.length > 0 && !options.allowMissing) {
    throw new InputError(
      input,
      unmatched.join('\n'),
      'globs that match report files',
      `Nothing matched ${unmatched.map((p) => `"${p}"`).join(', ')} in ${options.cwd}. Check the path, or set allow-missing: true when a report may be absent`,
    );
  }
  return { files: [...files].sort(), unmatched };
}
