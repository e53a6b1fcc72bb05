// What a bake produced, for people and for later steps: the job summary (target, platforms,
// tags, digest, duration, cache hit ratio, cache backend and scope, the failed target and
// platform), the `report` JSON file, and the error a failed build ends the step with.
import { CibError } from '../errors/cib-error';
import { code, heading, table } from '../runner/markdown';
import type { ActionOutputs } from '../runner/outputs';
import type { MatrixEntry } from './matrix';
import type { BakeResult } from './run-bake';

export interface TargetReport {
  target: string;
  platforms: string[];
  tags: string[];
  digest?: string;
  images: string[];
  durationSeconds?: number;
  cache: { backend: string; scope?: string };
  cacheHitRatio: Array<{ platform: string; steps: number; cached: number; ratio: number }>;
}

export interface BakeReport {
  buildx: string;
  command: string;
  durationSeconds: number;
  /** How many times the bake ran (more than 1: the registry refused a push for now, push-retry.ts). */
  attempts: number;
  cacheHitRatio: number;
  targets: TargetReport[];
  failed?: { target?: string; platform?: string; step: string; error: string };
}

/** The failed step's target and platform, filled in where the bake has only one. */
function failedAt(result: BakeResult): { target?: string; platform?: string } {
  const failure = result.failure;
  if (!failure) return {};
  const target = failure.target ?? (result.plan.length === 1 ? result.plan[0].target : undefined);
  const platforms = result.plan.find((t) => t.target === target)?.platforms ?? [];
  return { target, platform: failure.platform ?? (platforms.length === 1 ? platforms[0] : undefined) };
}

export function bakeReport(result: BakeResult): BakeReport {
  const report: BakeReport = {
    buildx: result.features.version.text,
    command: result.command,
    durationSeconds: result.durationSeconds,
    attempts: result.attempts,
    cacheHitRatio: result.ratios.overall.ratio,
    targets: result.plan.map((plan) => ({
      target: plan.target,
      platforms: plan.platforms,
      tags: plan.tags,
      digest: result.digests[plan.target],
      images: result.images[plan.target] ?? [],
      durationSeconds: result.targetSeconds[plan.target],
      cache: plan.cache ? { backend: plan.cache.backend, scope: plan.cache.scope } : { backend: 'bake file' },
      cacheHitRatio: result.ratios.entries
        .filter((entry) => entry.target === plan.target)
        .map(({ platform, steps, cached, ratio }) => ({ platform, steps, cached, ratio })),
    })),
  };
  if (result.failure) report.failed = { ...failedAt(result), step: result.failure.name, error: result.failure.error };
  return report;
}

function ratioText(entries: TargetReport['cacheHitRatio']): string {
  return entries.map((e) => `${e.platform}: ${e.ratio.toFixed(2)} (${e.cached}/${e.steps})`).join('<br>');
}

/** The job summary markdown. */
export function bakeSummary(report: BakeReport, dryRun: boolean): string {
  let markdown = heading(dryRun ? 'multiarch-bake plan (dry run, nothing built)' : 'multiarch-bake');
  if (report.failed)
    markdown += `**Failed:** target ${code(report.failed.target ?? '?')}, platform ${code(report.failed.platform ?? '?')}, step ${code(report.failed.step)}: ${report.failed.error}\n\n`;
  markdown += table(
    ['Target', 'Platforms', 'Tags', 'Digest', 'Duration', 'Cache hit ratio', 'Cache'],
    report.targets.map((t) => [
      t.target,
      t.platforms.join(', '),
      t.tags.join(', '),
      t.digest ?? '',
      t.durationSeconds === undefined ? '' : `${t.durationSeconds.toFixed(2)} s`,
      ratioText(t.cacheHitRatio),
      t.cache.scope ? `${t.cache.backend} (${t.cache.scope})` : t.cache.backend,
    ]),
  );
  if (!dryRun)
    markdown +=
      `\nDuration ${report.durationSeconds.toFixed(2)} s, cache hit ratio ${report.cacheHitRatio.toFixed(2)}, buildx ${report.buildx}` +
      `${report.attempts > 1 ? `, ${report.attempts} attempts (the registry refused a push for now)` : ''}.\n`;
  return markdown;
}

/** The error a failed bake ends the step with: where it failed and its last lines. */
export function bakeFailureError(result: BakeResult): CibError {
  const failure = result.failure;
  const where = failedAt(result);
  const place = [where.target && `target ${where.target}`, where.platform && `platform ${where.platform}`]
    .filter(Boolean)
    .join(', ');
  const lines = [...(failure?.logTail ?? []).slice(-10), ...(failure?.lastLines ?? [])].join('\n');
  return new CibError(
    `docker buildx bake failed${place ? ` (${place})` : ''} with exit code ${failure?.exitCode ?? 1}` +
      `${failure?.error ? `: ${failure.error}` : ''}${lines ? `\n${lines}` : ''}`,
  );
}

/** The action's outputs; a dry run gives the plan, the matrix and the report only. */
export function bakeOutputs(
  result: BakeResult,
  matrix: { include: MatrixEntry[] },
  reportFile: string,
  dryRun: boolean,
): ActionOutputs<'multiarch-bake'> {
  const plan: ActionOutputs<'multiarch-bake'> = {
    'plan-file': result.planFile,
    matrix: JSON.stringify(matrix),
    report: reportFile,
  };
  if (dryRun) return plan;
  return {
    ...plan,
    metadata: result.metadata ?? '',
    digests: JSON.stringify(result.digests),
    images: JSON.stringify(result.images),
    'cache-hit-ratio': result.ratios.overall.ratio.toFixed(2),
    'duration-seconds': String(result.durationSeconds),
  };
}
