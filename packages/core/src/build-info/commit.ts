// Commit SHAs: validating one given by the user, abbreviating it, and deciding whether a value
// a deployment reports (full or abbreviated) names the commit we expect.
import { InputError } from '../errors/input-error';

/** SHA-1 (40) or SHA-256 (64) object names, or an abbreviation of at least 7 hex digits. */
const COMMIT_PATTERN = /^[0-9a-f]{7,64}$/;

/** The commit as given in `input`, lower-cased; an InputError unless it is 7-64 hex digits. */
export function parseCommit(input: string, value: string): string {
  const commit = value.trim().toLowerCase();
  if (!COMMIT_PATTERN.test(commit)) throw new InputError(input, value, 'a commit SHA (7 to 64 hex digits)');
  return commit;
}

/** The first `length` characters of a commit (the whole commit when it is shorter). */
export function shortCommit(commit: string, length: number): string {
  return commit.slice(0, length);
}

/**
 * Whether `seen` names `expected`: the same SHA, or one is an abbreviation of the other at least
 * `minLength` characters long. Longer abbreviations count too, because git lengthens one that
 * would be ambiguous; and `expected` may itself be abbreviated (a short `commit` input) while
 * the deployment reports the full SHA.
 */
export function commitMatches(seen: string, expected: string, minLength: number): boolean {
  const value = seen.trim().toLowerCase();
  const wanted = expected.toLowerCase();
  if (!/^[0-9a-f]{1,64}$/.test(value)) return false;
  if (value === wanted) return true;
  // Nothing is longer than a full SHA (40 for SHA-1, 64 for SHA-256 repositories).
  if ((wanted.length === 40 || wanted.length === 64) && value.length > wanted.length) return false;
  const [shorter, longer] = value.length < wanted.length ? [value, wanted] : [wanted, value];
  return shorter.length >= minLength && longer.startsWith(shorter);
}
