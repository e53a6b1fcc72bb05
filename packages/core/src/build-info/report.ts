// What build-info reports: its outputs and job summary, for the generate and the verify modes,
// built here as latest/report.ts and manifest/merge-report.ts do for the other actions.
import { code, heading, table } from '../runner/markdown';
import type { ActionOutputs } from '../runner/outputs';
import { buildArgs, formatBuildArgs } from './build-args';
import { formatKeyValueLines } from './oci-labels';
import { toRecord, type BuildInfo } from './record';

/** What generate mode produced besides the record: merged metadata and the files written. */
export interface GeneratedExtras {
  labels: Map<string, string>;
  annotations: Map<string, string>;
  /** The JSON file written, '' when none was asked for. */
  jsonFile: string;
}

/** Every output of generate mode. */
export function buildInfoOutputs(info: BuildInfo, extras: GeneratedExtras): ActionOutputs<'build-info'> {
  return {
    // Always a valid image tag (`1.2.3_build.7`): the README's workflow tags images with it.
    version: info.imageTag,
    'exact-version': info.version,
    commit: info.commit,
    'short-commit': info.shortCommit,
    ref: info.ref,
    'build-date': info.buildDate,
    'cache-bust': info.cacheBust,
    'build-args': formatBuildArgs(buildArgs(info)),
    labels: formatKeyValueLines(extras.labels),
    annotations: formatKeyValueLines(extras.annotations),
    json: JSON.stringify(toRecord(info)),
    'json-file': extras.jsonFile,
    verified: 'false',
  };
}

/** The job summary of generate mode. */
export function buildInfoSummary(info: BuildInfo, written: readonly string[], exported: boolean): string {
  const rows: Array<[string, string]> = [
    ['Version', code(info.version) + (info.imageTag === info.version ? '' : ` (image tag ${code(info.imageTag)})`)],
    ['Commit', code(info.commit)],
    ['Ref', info.ref ? code(info.ref) : ''],
    ['Build date', info.buildDate],
    ['Cache bust', code(info.cacheBust)],
    ['Run', info.runUrl ? `[${info.runId}](${info.runUrl})` : info.runId],
    ['Repository', info.repository],
    ['Files', written.map(code).join(' ')],
    ['Exported to env', exported ? 'BUILD_DATE, GIT_COMMIT, CACHE_BUST, VERSION' : 'no'],
  ];
  return heading('Build info') + table(['Field', 'Value'], rows) + '\n';
}

/** What verify mode found. */
export interface Verified {
  /** The URL asked, without credentials. */
  url: string;
  field: string;
  commit: string;
  shortCommit: string;
  ref: string;
  /** The value the deployment reported, and the document it was in. */
  seen: string;
  document: unknown;
  attempts: number;
}

/** The outputs of verify mode (the record's other outputs are not computed there). */
export function verifyOutputs(v: Verified): ActionOutputs<'build-info'> {
  return {
    commit: v.commit,
    'short-commit': v.shortCommit,
    ref: v.ref,
    json: JSON.stringify(v.document),
    verified: 'true',
  };
}

/** The job summary of verify mode. */
export function verifySummary(v: Verified): string {
  return (
    heading('Build info: deployment verified') +
    table(
      ['Field', 'Value'],
      [
        ['URL', v.url],
        ['Field', code(v.field)],
        ['Expected commit', code(v.commit)],
        ['Reported', code(v.seen)],
        ['Attempts', v.attempts],
      ],
    ) +
    '\n'
  );
}
