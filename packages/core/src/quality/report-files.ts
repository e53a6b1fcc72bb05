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
  const { glob, isDynamicPattern } = await import('tinyglobby');
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    // picomatch refuses patterns over 65,536 characters with an exception of its own.
    if (pattern.length > MAX_PATTERN_CHARS)
      throw new InputError(input, pattern, `globs of at most ${MAX_PATTERN_CHARS} characters each`);
    // An absolute path outside cwd is allowed (reports in a temp folder): globbed from its own
    // folder, since from cwd tinyglobby walks every folder the two share (the whole of /tmp on a
    // shared machine, 29,000 entries: 22 MB more RSS and 130 ms for one file).
    const local = isAbsolute(pattern) ? relative(options.cwd, pattern) : pattern;
    const [cwd, relativePattern] = local.startsWith('..')
      ? staticBase(pattern, isDynamicPattern)
      : [options.cwd, local];
    const matches = await glob(relativePattern, {
      cwd,
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

/**
 * An absolute pattern split into the folder its leading plain segments name and the rest (at
 * least the last segment): `/tmp/r/*.json` -> [`/tmp/r`, `*.json`].
 */
export function staticBase(pattern: string, isDynamic: (segment: string) => boolean): [string, string] {
  const segments = pattern.split('/');
  let plain = 0;
  while (plain < segments.length - 1 && !isDynamic(segments[plain])) plain++;
  return [segments.slice(0, plain).join('/') || '/', segments.slice(plain).join('/')];
}
