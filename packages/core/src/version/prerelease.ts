// The prerelease heuristic of the original pipeline: a version whose suffix names a
// prerelease word (alpha, beta, rc, pre, dev, test by default) is not a release for `latest`.
import { InputError } from '../errors/input-error';
import type { Version } from './version';

/** The default `prerelease-pattern`, the words the original bash looked for. */
export const DEFAULT_PRERELEASE_PATTERN = 'alpha|beta|rc|pre|dev|test';

/**
 * Compiles a `prerelease-pattern` (a regular expression, matched case-insensitively anywhere in
 * the suffix). `input` names the action input for the error when the pattern does not compile.
 */
export function compilePrereleasePattern(pattern: string, input = 'prerelease-pattern'): RegExp {
  try {
    return new RegExp(pattern || DEFAULT_PRERELEASE_PATTERN, 'i');
  } catch (error) {
    // V8 writes "Invalid regular expression: /<pattern>/i: Unterminated group": the error already
    // shows the pattern once, so keep only why it does not compile.
    const why = (error as Error).message.replace(/^Invalid regular expression: \/[\s\S]*\/[a-z]*: /, '');
    throw new InputError(input, pattern, `a regular expression (${why})`);
  }
}

/**
 * Whether the version is a prerelease by the heuristic: it has a suffix and the pattern matches
 * the suffix. Only the suffix is looked at, so a pattern never matches the numbers or a `v`.
 */
export function isPrerelease(version: Version, pattern: RegExp): boolean {
  return version.suffix !== '' && pattern.test(version.suffix);
}
