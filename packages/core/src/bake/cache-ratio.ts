// The cache hit ratio: cached build steps / build steps, over the whole bake and per target and
// platform, with two decimals. Steps without a target prefix belong to the only target, steps
// without a platform to the target's only platform (buildx names neither when there is one).
import type { StepRecord } from './build-progress';

export interface RatioEntry {
  target: string;
  platform: string;
  steps: number;
  cached: number;
  /** cached / steps, two decimals; 0 when there were no steps. */
  ratio: number;
}

export interface CacheRatios {
  overall: { steps: number; cached: number; ratio: number };
  entries: RatioEntry[];
}

export function roundRatio(cached: number, steps: number): number {
  return steps === 0 ? 0 : Math.round((cached / steps) * 100) / 100;
}

/** Ratios for `plan` (target -> its platforms), counting `steps`. */
export function cacheRatios(steps: readonly StepRecord[], plan: ReadonlyMap<string, readonly string[]>): CacheRatios {
  const targets = [...plan.keys()];
  const entries = new Map<string, RatioEntry>();
  for (const [target, platforms] of plan)
    for (const platform of platforms)
      entries.set(`${target} ${platform}`, { target, platform, steps: 0, cached: 0, ratio: 0 });
  let total = 0;
  let cached = 0;
  for (const step of steps) {
    const target = step.target ?? (targets.length === 1 ? targets[0] : undefined);
    const platforms = target ? (plan.get(target) ?? []) : [];
    const platform = step.platform ?? (platforms.length === 1 ? platforms[0] : undefined);
    total++;
    if (step.cached) cached++;
    const entry = target && platform ? entries.get(`${target} ${platform}`) : undefined;
    if (entry) {
      entry.steps++;
      if (step.cached) entry.cached++;
    }
  }
  for (const entry of entries.values()) entry.ratio = roundRatio(entry.cached, entry.steps);
  return { overall: { steps: total, cached, ratio: roundRatio(cached, total) }, entries: [...entries.values()] };
}
