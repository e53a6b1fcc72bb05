// The CACHE_BUST build arg. `commit` (the default: reruns of one commit reuse the layer cache),
// `run` (`<run id>-<attempt>`: every run rebuilds, reruns of one attempt do not), `timestamp`
// (epoch seconds: always rebuild), or a literal value.
//
// The rule for literals, so that a typo never silently becomes a literal: a bare word made only
// of letters, `-` and `_` must be one of the modes (`comit`, `Run`, `time` fail); any other value
// (it holds a digit, a dot, a colon...) is used as written; `literal:<value>` uses any value as
// written (`literal:nightly`).
import { InputError } from '../errors/input-error';
import { isPlainValue } from './plain-value';

const CACHE_BUST_MODES = ['commit', 'run', 'timestamp'] as const;
export type CacheBustMode = (typeof CACHE_BUST_MODES)[number];

/** A parsed `cache-bust` input. */
export type CacheBust = { mode: CacheBustMode } | { mode: 'literal'; value: string };

const LITERAL_PREFIX = 'literal:';
const LOOKS_LIKE_A_MODE = /^[A-Za-z_-]+$/;
const MAX_LITERAL_LENGTH = 256;

/** Edit distance, to suggest the mode a typo meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function suggestion(word: string): string {
  const lower = word.toLowerCase();
  const near = CACHE_BUST_MODES.find((mode) => mode === lower || distance(lower, mode) <= 2);
  return near ? `Did you mean ${near}? ` : '';
}

/** Parses the `cache-bust` input (named `input` in errors); empty means `commit`. */
export function parseCacheBust(input: string, value: string): CacheBust {
  if (value === '') return { mode: 'commit' };
  if ((CACHE_BUST_MODES as readonly string[]).includes(value)) return { mode: value as CacheBustMode };
  const literal = value.startsWith(LITERAL_PREFIX) ? value.slice(LITERAL_PREFIX.length) : value;
  const expected = `commit, run, timestamp, or a literal value (${LITERAL_PREFIX}<value>)`;
  if (literal === '' || literal.length > MAX_LITERAL_LENGTH || !isPlainValue(literal)) {
    throw new InputError(input, value, `${expected}; a literal is one line of 1 to ${MAX_LITERAL_LENGTH} characters`);
  }
  if (literal === value && LOOKS_LIKE_A_MODE.test(value)) {
    throw new InputError(
      input,
      value,
      expected,
      `${suggestion(value)}A bare word is taken for a mistyped mode: write ${LITERAL_PREFIX}${value} to use it as written`,
    );
  }
  return { mode: 'literal', value: literal };
}

/** What the cache-bust value depends on. */
export interface CacheBustSources {
  commit: string;
  runId: string;
  runAttempt: string;
  now: Date;
}

/** The CACHE_BUST value for `cacheBust`. */
export function resolveCacheBust(input: string, cacheBust: CacheBust, sources: CacheBustSources): string {
  switch (cacheBust.mode) {
    case 'commit':
      return sources.commit;
    case 'run':
      if (!sources.runId) {
        throw new InputError(
          input,
          'run',
          'commit, timestamp or a literal value here',
          'There is no run id (GITHUB_RUN_ID or CI_PIPELINE_ID is not set)',
        );
      }
      return `${sources.runId}-${sources.runAttempt || '1'}`;
    case 'timestamp':
      return String(Math.floor(sources.now.getTime() / 1000));
    case 'literal':
      return cacheBust.value;
  }
}
