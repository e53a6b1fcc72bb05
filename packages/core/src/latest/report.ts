// What the latest decision tells the user: the action's outputs and the job summary table (one
// row per moving tag of each image), and after a failure that followed a write, where every tag
// this run changed stands.
import { code, heading, table } from '../runner/markdown';
import type { ActionOutputs } from '../runner/outputs';
import type { LatestOutcome, TagChange, TagOutcome } from './outcome';
import { isPartial } from './tag-changes';

/** One value when all images agree (or there is one image), else the per-image values comma-separated in `images` order. */
function perImage(values: string[]): string {
  return new Set(values).size <= 1 ? (values[0] ?? '') : values.join(',');
}

/** The action outputs, by name. */
export function latestOutputs(outcome: LatestOutcome): ActionOutputs<'latest-manager'> {
  const latest = outcome.images.map((i) => i.latest);
  const moved = outcome.images.flatMap((i) => i.floating.filter((f) => f.updated).map((f) => f.ref));
  const protectedTags = outcome.images.flatMap((i) =>
    i.floating.filter((f) => f.reason === 'own-release').map((f) => f.ref),
  );
  return {
    updated: String(latest.some((l) => l.updated)),
    reason: perImage(latest.map((l) => l.reason)),
    'reason-detail': perImage(latest.map((l) => l.detail)),
    'tag-type': outcome.tagType?.type ?? '',
    'tag-type-source': outcome.tagType?.source ?? '',
    'previous-version': perImage(latest.map((l) => l.previousVersion)),
    'previous-digest': perImage(latest.map((l) => l.previousDigest)),
    digest: perImage(outcome.images.map((i) => i.digest)),
    'floating-tags-moved': moved.join(','),
    'floating-tags-protected': protectedTags.join(','),
    ...changeOutputs(outcome.changes, false),
  };
}

/** `changed-tags` (JSON, one entry per tag written) and `partial` (the run stopped half-way). */
export function changeOutputs(changes: readonly TagChange[], failed: boolean): ActionOutputs<'latest-manager'> {
  return {
    'changed-tags': JSON.stringify(changes),
    partial: String(failed && isPartial(changes)),
  };
}

function shortDigest(digest: string): string {
  return digest ? code(digest.slice(0, 19)) : '';
}

function row(image: string, versionTag: string, digest: string, tag: TagOutcome, dryRun: boolean): string[] {
  const action = tag.updated
    ? 'moved'
    : dryRun && (tag.reason === 'newer' || tag.reason === 'no-latest-yet' || tag.reason === 'forced')
      ? 'would move (dry run)'
      : 'kept';
  const before = tag.previousDigest ? `${tag.previousVersion || '?'} ${shortDigest(tag.previousDigest)}` : 'none';
  return [
    image,
    code(tag.tag),
    before,
    versionTag ? `${versionTag} ${shortDigest(digest)}` : '',
    action,
    tag.reason,
    tag.detail,
  ];
}

function changeRows(changes: readonly TagChange[]): string[][] {
  const digest = (d: string, version: string, empty: string) =>
    d ? `${shortDigest(d)}${version ? ` ${version}` : ''}` : empty;
  return changes.map((c) => [
    code(c.ref),
    digest(c.before, c.beforeVersion, 'absent'),
    digest(c.now, c.nowVersion, 'unknown'),
    c.state,
    c.restore ? code(c.restore) : '',
  ]);
}

function changesTable(changes: readonly TagChange[]): string {
  return table(['Tag', 'Before', 'Now', 'State', 'Put back with'], changeRows(changes));
}

/** The job summary of a run that failed after writing: every tag it changed and where it stands. */
export function partialSummary(message: string, changes: readonly TagChange[]): string {
  return (
    heading('latest-manager: stopped after changing tags') +
    `Stopped after changing tags: ${message.split('\n')[0]}\n\n` +
    changesTable(changes)
  );
}

/** The job summary: the release, the tag type and one table row per tag of each image. */
export function latestSummary(outcome: LatestOutcome): string {
  const tagType = outcome.tagType ? `${outcome.tagType.type} (from ${outcome.tagType.source})` : 'not checked';
  const rows = outcome.images.flatMap((i) =>
    [i.latest, ...i.floating].map((tag) => row(i.image, i.versionTag, i.digest, tag, outcome.dryRun)),
  );
  return (
    heading('latest-manager') +
    `Release ${code(outcome.version)}, strategy ${code(outcome.strategy)}, tag type ${tagType}` +
    `${outcome.dryRun ? ', **dry run: nothing written**' : ''}.\n\n` +
    table(['Image', 'Tag', 'Before', 'Release', 'Action', 'Reason', 'Detail'], rows) +
    (outcome.changes.length ? `\nTags written, and how to put each back:\n\n${changesTable(outcome.changes)}` : '')
  );
}
