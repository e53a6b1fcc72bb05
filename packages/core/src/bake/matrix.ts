// The `matrix` output: one job per target and platform for a following job's `strategy.matrix`,
// each with the runner to use. arm64 and arm/v7 go to GitHub's hosted arm runners (generally
// available for public repositories since 2025-08, as docker/github-builder does), everything
// else to ubuntu-24.04; `runners` (`platform=label` lines) overrides any of them.
import { InputError } from '../errors/input-error';
import { parsePlatforms, platformParts } from './platforms';

export interface MatrixEntry {
  target: string;
  platform: string;
  runner: string;
}

/** The default runner label for a platform. */
export function defaultRunner(platform: string): string {
  return platformParts(platform).arch.startsWith('arm') ? 'ubuntu-24.04-arm' : 'ubuntu-24.04';
}

/** Parses `runners` (`platform=label`), platforms normalised as in `platforms`. */
export function parseRunners(input: string, entries: ReadonlyMap<string, string>): Map<string, string> {
  const runners = new Map<string, string>();
  for (const [platform, label] of entries) {
    if (!/^[A-Za-z0-9_.-]+$/.test(label))
      throw new InputError(input, `${platform}=${label}`, 'platform=runner-label lines');
    runners.set(parsePlatforms(input, [platform])[0], label);
  }
  return runners;
}

/** `{"include": [...]}` for target x platform. */
export function buildMatrix(
  plan: ReadonlyArray<{ target: string; platforms: readonly string[] }>,
  runners: ReadonlyMap<string, string>,
): { include: MatrixEntry[] } {
  const include: MatrixEntry[] = [];
  for (const { target, platforms } of plan)
    for (const platform of platforms)
      include.push({ target, platform, runner: runners.get(platform) ?? defaultRunner(platform) });
  return { include };
}
