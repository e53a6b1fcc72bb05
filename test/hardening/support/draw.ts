// The draw the hardening suite runs (the generator is test/support/seeded-random.ts): the full matrix
// locally, a deterministic subset in CI, both from a seed printed with the figures so any
// failing draw can be replayed (HARDEN_SEED=<n> HARDEN_DRAW=ci npm run harden); the hostile-input
// cases of some actions or inputs alone with HARDEN_INPUTS=<action>[.<input>],...

export type Draw = 'full' | 'ci';

export interface DrawSettings {
  draw: Draw;
  seed: number;
}

/**
 * HARDEN_DRAW (full|ci) wins; otherwise the CI draw, since plain `npm test` runs these files
 * too and must stay in budget. `npm run harden` asks for the full draw outside CI.
 */
export function drawSettings(env: NodeJS.ProcessEnv = process.env): DrawSettings {
  const asked = env.HARDEN_DRAW;
  if (asked !== undefined && asked !== 'full' && asked !== 'ci')
    throw new Error(`HARDEN_DRAW is "${asked}": expected full or ci`);
  const seed = env.HARDEN_SEED === undefined ? 13 : Number(env.HARDEN_SEED);
  if (!Number.isInteger(seed)) throw new Error(`HARDEN_SEED is "${env.HARDEN_SEED}": expected an integer`);
  return { draw: asked ?? 'ci', seed };
}

/** `count` items of `items` drawn without replacement by `random`, in their original order. */
export function sample<T>(items: readonly T[], count: number, random: () => number): T[] {
  if (count >= items.length) return [...items];
  const indexes = items.map((_, i) => i);
  for (let i = indexes.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [indexes[i], indexes[j]] = [indexes[j], indexes[i]];
  }
  return indexes
    .slice(0, count)
    .sort((a, b) => a - b)
    .map((i) => items[i]);
}

/** One item of `items`. */
export function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)];
}
