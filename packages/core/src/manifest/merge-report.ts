// How a merge is reported: the job summary (a table of platform, source, digest and size) and
// the `json` output, both made from the MergeResult.
import { code, heading, table } from '../runner/markdown';
import type { ActionOutputs } from '../runner/outputs';
import { isImageIndex } from '../registry/manifest-types';
import type { MergeEntry } from './merge-entry';
import type { MergeResult } from './merge';
import { REFERENCE_DIGEST_ANNOTATION, formatPlatform } from './platform';

/** Bytes in a short human form (1.5 MiB). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** What the entry is: its platform, or what an attestation manifest is about. */
function entryLabel(entry: MergeEntry, entries: readonly MergeEntry[]): string {
  if (!entry.attestation) return entry.descriptor.platform ? formatPlatform(entry.descriptor.platform) : '';
  const about = entry.descriptor.annotations?.[REFERENCE_DIGEST_ANNOTATION];
  const image = entries.find((e) => e.descriptor.digest === about);
  return image?.descriptor.platform ? `attestation (${formatPlatform(image.descriptor.platform)})` : 'attestation';
}

/** The compressed size of the image (config + layers) when its manifest was read, else the manifest's size. */
function entrySize(entry: MergeEntry): string {
  const json = entry.manifest?.json;
  if (json && !isImageIndex(json)) {
    return formatSize([json.config, ...json.layers].reduce((sum, d) => sum + (d.size ?? 0), 0));
  }
  return `${formatSize(entry.descriptor.size)} (manifest)`;
}

/** The job summary of a merge. */
export function mergeSummary(result: MergeResult, dryRun: boolean): string {
  const rows = result.entries.map((entry) => [
    entryLabel(entry, result.entries),
    entry.source,
    code(entry.descriptor.digest),
    entrySize(entry),
  ]);
  const lines = [
    heading(dryRun ? 'manifest-merge (dry run: nothing pushed)' : 'manifest-merge'),
    table(['Platform', 'Source', 'Digest', 'Size'], rows),
    '\n',
    `Index ${code(result.index.digest)} (${code(result.index.mediaType)}, ${result.index.size} bytes)`,
    dryRun ? ' would be pushed to:\n\n' : ' pushed to:\n\n',
    ...result.images.map((image) => `- ${code(image)}\n`),
    '\n',
  ];
  return lines.join('');
}

/** The `json` output: everything a later step may want, in one object. */
export function mergeJson(result: MergeResult, dryRun: boolean): string {
  return JSON.stringify({
    digest: result.index.digest,
    mediaType: result.index.mediaType,
    size: result.index.size,
    dryRun,
    images: result.images,
    platforms: result.platforms,
    annotations: result.index.json.annotations ?? {},
    manifests: result.entries.map((entry) => ({
      source: entry.source,
      digest: entry.descriptor.digest,
      mediaType: entry.descriptor.mediaType,
      size: entry.descriptor.size,
      platform: entry.descriptor.platform ? formatPlatform(entry.descriptor.platform) : undefined,
      attestation: entry.attestation,
    })),
  });
}

/** Every output of manifest-merge. */
export function mergeOutputs(result: MergeResult, dryRun: boolean): ActionOutputs<'manifest-merge'> {
  return {
    digest: result.index.digest,
    images: result.images.join(','),
    platforms: result.platforms.join(','),
    'media-type': result.index.mediaType,
    json: mergeJson(result, dryRun),
  };
}
