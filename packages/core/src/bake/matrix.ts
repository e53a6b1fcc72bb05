// The `matrix` output: one job per target and platform for a following job's `strategy.matrix`,
// each with the runner to use. arm64 and arm/v7 go to GitHub's hosted arm runners (generally
// available for public repositories since 2025-08, as docker/github-builder does), everything
// else to ubuntu-24.04; `runners` (`platform=label` lines) overrides any of them. GitHub runs at
// most 256 jobs from one matrix: a bigger one is still written (a later job may split it), with a
// warning, since `strategy.matrix: ${{ fromJSON(...) }}` on it fails the workflow.
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

/** GitHub's limit on the jobs one matrix makes (github.com and GHES alike). */
export const MAX_MATRIX_JOBS = 256;

/** The warning for a matrix GitHub would refuse as a job's strategy; undefined when it fits. */
export function matrixWarning(matrix: { include: readonly MatrixEntry[] }): string | undefined {
  const jobs = matrix.include.length;
  if (jobs <= MAX_MATRIX_JOBS) return undefined;
  return (
    `The matrix output has ${jobs} jobs (target x platform): GitHub runs at most ${MAX_MATRIX_JOBS} jobs from one ` +
    'matrix, so a job using it as strategy.matrix fails. Bake fewer targets per run or split the matrix.'
  );
}
