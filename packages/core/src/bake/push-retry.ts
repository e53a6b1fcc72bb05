// When a failed bake is run again: no build step failed, and the registry turned the push away
// with an answer that says "try again" (429, 500, 502, 503, 504). The retry is safe because a push
// goes to staging tags only (staged-push.ts), and quick because the finished steps are cached by
// then; the cache hit ratio still describes the first attempt's work (stepsOverAttempts).
// Docker Engine 26's own push (buildx pushes a second time with the docker driver) causes such
// answers itself on Debian's docker-registry 2.8: it PUTs each platform's manifest under the
// staging tag side by side while asking for that tag, and the registry's filesystem storage,
// which rewrites a tag's link file in place, answers 500 "invalid checksum digest format" to a
// read of the half-written file (recorded in test/fixtures/bake/two-targets-push-500.rawjson).
import type { BuildFailure, StepRecord } from './build-progress';
import { parseStepName } from './step-name';

/** Bakes in all, the first included. */
export const BAKE_ATTEMPTS = 3;

// containerd's resolver (BuildKit's and the Engine's pushes) words every refused request so:
// `unexpected status from HEAD request to http://host/v2/...: 500 Internal Server Error`.
const REFUSED = /unexpected status from (\w+) request to (\S+): (429|50[0234])\b[^\n]*/;

export interface RetryReason {
  /** The registry's answer as buildx quoted it. */
  answer: string;
}

/**
 * Why the failed bake may run again, or undefined: the failure is no build step and the
 * registry's answer (in the failing vertex or buildx's final error) is a temporary one.
 */
export function pushRetryReason(
  failure: BuildFailure | undefined,
  finalLines: readonly string[],
  targets: readonly string[],
): RetryReason | undefined {
  if (failure?.name && parseStepName(failure.name, targets)) return undefined;
  const match = REFUSED.exec([failure?.error ?? '', ...finalLines].join('\n'));
  return match ? { answer: match[0] } : undefined;
}

/**
 * The steps the cache hit ratio counts over several attempts: each step as the attempt that
 * finished it first saw it. A step built by the first attempt shows as cached in the retry, but
 * came from this bake's own work, not from the cache.
 */
export function stepsOverAttempts(attempts: readonly (readonly StepRecord[])[]): StepRecord[] {
  const steps = new Map<string, StepRecord>();
  for (const attempt of attempts)
    for (const step of attempt) {
      const known = steps.get(step.name);
      if (!known || (!known.settled && step.settled)) steps.set(step.name, step);
    }
  return [...steps.values()];
}
