// Moves one tag (`latest`, or a floating `1` / `1.9`) of one image forward to the release, or
// leaves it: read what it points to now, find that version (metadata first, tag search after),
// compare, and retag by copying the release's manifest bytes unchanged. The tag is read again
// right before writing and once more after a short settle time; if another release moved it
// meanwhile, the decision is taken again, so two releases racing end at the greater version. A
// floating tag that holds the release of exactly its own version (`5.1` holding 5.1) never moves.
import { CibError, errorMessage } from '../errors/cib-error';
import type { FetchedManifest } from '../registry/client';
import { RegistryError, registryHint } from '../registry/errors';
import { formatReference, withDigest, withTag, type ImageReference } from '../registry/reference';
import type { Log } from '../runner/runtime';
import type { Clock } from '../time/clock';
import { compareVersions, type Version } from '../version/version';
import type { Reason, TagOutcome, VersionSource } from './outcome';
import type { MetadataVersion } from './image-version';
import { holdsOwnRelease } from './own-release';
import type { LatestRegistry } from './registry-port';
import type { TagWrite } from './tag-changes';
import { findTagByDigest, type VersionTag } from './tag-search';

/** The release as it sits in one image's repository. */
export interface ReleaseImage {
  repository: ImageReference;
  /** The image tag that holds the release (`1.2.3` or `v1.2.3`). */
  tag: string;
  digest: string;
  /** Undefined only when `force` released a tag that is not a version. */
  version?: Version;
}

export interface MoveTagContext {
  registry: LatestRegistry;
  /** All version tags of the repository, highest first (listed once per image, on first need). */
  versionTags: () => Promise<VersionTag[]>;
  /** The version a manifest read from `ref` declares (image-version.ts), asked once per digest. */
  metadataVersion: (ref: ImageReference, manifest: FetchedManifest) => Promise<MetadataVersion | undefined>;
  log: Log;
  concurrency: number;
  settleMs: number;
  maxRounds: number;
  clock: Clock;
  dryRun: boolean;
  /** Called after each write (and each write whose answer was lost), so a later failure can put the tag back. */
  onWrite: (write: TagWrite) => void;
}

export interface MoveTagOptions {
  tag: string;
  /** Only `latest` is ever forced: floating tags stay forward-only within their series. */
  forced: boolean;
  /** For floating tags: only versions of this series count (`1` -> major 1, `1.9` -> 1.9.x). */
  series?: { major: number; minor?: number };
  /**
   * Leave the tag alone when it does not exist yet (moveTag returns undefined): a created tag
   * cannot be taken back, so manage-latest.ts creates tags only once every existing one moved.
   */
  existingOnly?: boolean;
}

interface Decision {
  move: boolean;
  reason: Reason;
  detail: string;
  previousVersion: string;
  previousVersionSource: VersionSource;
}

/** The manifest a tag points to now, or undefined when the tag does not exist. */
async function readTag(registry: LatestRegistry, ref: ImageReference): Promise<FetchedManifest | undefined> {
  try {
    return await registry.getManifest(ref);
  } catch (error) {
    if (error instanceof RegistryError && (error.status === 404 || error.code === 'MANIFEST_UNKNOWN')) return undefined;
    throw error;
  }
}

function inSeries(version: Version, series: MoveTagOptions['series']): boolean {
  if (!series) return true;
  return version.major === series.major && (series.minor === undefined || version.minor === series.minor);
}

/** The version `current` is: its own metadata, else the highest version tag with its digest. */
async function versionBehind(
  release: ReleaseImage,
  ref: ImageReference,
  current: FetchedManifest,
  options: MoveTagOptions,
  context: MoveTagContext,
): Promise<{ version?: Version; source: VersionSource }> {
  const shown = formatReference(ref);
  const meta = await context.metadataVersion(ref, current);
  if (meta) {
    context.log.info(
      `${shown}: version ${meta.version.raw} read from its ${meta.source} org.opencontainers.image.version`,
    );
    return { version: meta.version, source: meta.source };
  }
  const candidates = (await context.versionTags()).filter(
    (c) => c.tag !== release.tag && inSeries(c.version, options.series),
  );
  const found = await findTagByDigest(
    context.registry,
    release.repository,
    candidates,
    current.digest,
    context.concurrency,
  );
  context.log.info(
    `${shown}: no version metadata; compared ${found.compared} of ${candidates.length} version tags, highest first: ` +
      (found.match ? `it is ${found.match.tag}` : 'none has its digest'),
  );
  return found.match ? { version: found.match.version, source: 'tag-search' } : { source: 'none' };
}

async function decide(
  release: ReleaseImage,
  ref: ImageReference,
  current: FetchedManifest | undefined,
  options: MoveTagOptions,
  context: MoveTagContext,
): Promise<Decision> {
  const name = release.version?.raw ?? release.tag;
  if (options.forced) {
    const meta = current ? await context.metadataVersion(ref, current) : undefined;
    return {
      move: current?.digest !== release.digest,
      reason: 'forced',
      detail: current?.digest === release.digest ? `forced; already at ${name}` : `forced to ${name}`,
      previousVersion: meta?.version.raw ?? '',
      previousVersionSource: meta?.source ?? (current ? 'none' : ''),
    };
  }
  if (!current) {
    return {
      move: true,
      reason: 'no-latest-yet',
      detail: `${options.tag} does not exist yet: ${name} becomes ${options.tag}`,
      previousVersion: '',
      previousVersionSource: '',
    };
  }
  if (current.digest === release.digest) {
    return {
      move: false,
      reason: 'not-newer',
      detail: `${options.tag} already points to ${name}`,
      previousVersion: name,
      previousVersionSource: 'same-digest',
    };
  }
  const behind = await versionBehind(release, ref, current, options, context);
  const own = options.series ? holdsOwnRelease(options.tag, behind) : undefined;
  if (own) {
    return {
      move: false,
      reason: 'own-release',
      detail: `${options.tag} holds release ${own}: a release's own tag is never moved`,
      previousVersion: behind.version?.raw ?? '',
      previousVersionSource: behind.source,
    };
  }
  if (!behind.version || !release.version) {
    return {
      move: true,
      reason: 'newer',
      detail: `${options.tag} (${current.digest}) matches no version tag: treated as older than ${name}`,
      previousVersion: '',
      previousVersionSource: behind.source,
    };
  }
  const newer = compareVersions(release.version, behind.version) > 0;
  return {
    move: newer,
    reason: newer ? 'newer' : 'not-newer',
    detail: `${name} ${newer ? '>' : '<='} ${behind.version.raw} (current ${options.tag})`,
    previousVersion: behind.version.raw,
    previousVersionSource: behind.source,
  };
}

/** Says what the registry's refusal to write most likely means. */
function writeRefused(error: unknown, ref: ImageReference): never {
  if (!(error instanceof RegistryError)) throw error;
  // The client's errors carry the hint of registry/errors.ts's table already (in their message);
  // others (a test double's) get it from the same table.
  const hint = error.hint
    ? undefined
    : registryHint({
        status: error.status,
        code: error.code,
        message: error.message,
        challenge: '',
        registry: ref.registry,
        repository: ref.repository,
        reference: formatReference(ref),
        access: 'push',
        credentialsRefused: error.status === 401,
      });
  throw new CibError(`The registry refused to move ${formatReference(ref)}: ${error.message}`, { hint, cause: error });
}

/**
 * Writes the release to `ref`. A write that failed or whose answer was lost may still have
 * landed, so the tag is read again: holding the release, it counts as written; holding what it
 * held before, the write failed cleanly; unreadable, the write is recorded as uncertain.
 */
async function writeTag(ref: ImageReference, manifest: FetchedManifest, write: TagWrite, context: MoveTagContext) {
  try {
    await context.registry.putManifest(ref, manifest.bytes, manifest.mediaType);
  } catch (error) {
    let now: { digest: string } | undefined | 'unreadable';
    try {
      now = await context.registry.headManifest(ref);
    } catch (readError) {
      context.log.warning(
        `${formatReference(ref)}: could not read it after a failed write: ${errorMessage(readError)}`,
      );
      now = 'unreadable';
    }
    if (now !== 'unreadable' && now?.digest === manifest.digest) {
      context.log.info(`${formatReference(ref)}: the write failed (${errorMessage(error)}) but landed`);
      return;
    }
    if (now === 'unreadable') context.onWrite({ ...write, uncertain: true });
    writeRefused(error, ref);
  }
}

/**
 * Decides and (unless dry-run) moves `options.tag` of the release's repository to the release.
 * Returns what was decided in the last round; undefined when `existingOnly` and the tag is absent.
 */
export async function moveTag(
  release: ReleaseImage,
  options: MoveTagOptions,
  context: MoveTagContext,
  releaseManifest: () => Promise<FetchedManifest>,
): Promise<TagOutcome | undefined> {
  const ref = withTag(release.repository, options.tag);
  const shown = formatReference(ref);
  for (let round = 1; round <= context.maxRounds; round++) {
    const current = await readTag(context.registry, ref);
    if (!current && options.existingOnly) {
      context.log.info(`${shown}: does not exist yet: created once every existing tag has moved`);
      return undefined;
    }
    const decision = await decide(release, ref, current, options, context);
    const outcome: TagOutcome = {
      tag: options.tag,
      ref: shown,
      updated: false,
      reason: decision.reason,
      detail: decision.detail,
      previousVersion: decision.previousVersion,
      previousDigest: current?.digest ?? '',
      previousVersionSource: decision.previousVersionSource,
    };
    const verb = decision.move ? (context.dryRun ? 'would move (dry run)' : 'moves') : 'stays';
    const line = `${shown}: ${verb}: ${decision.reason}: ${decision.detail}`;
    // Keeping a release's own tag is worth a warning: the user may have expected it to move.
    if (decision.reason === 'own-release') context.log.warning(line);
    else context.log.info(line);
    if (!decision.move || context.dryRun) return outcome;

    // Another release may have moved the tag while we looked up versions.
    const now = await context.registry.headManifest(ref);
    if (now?.digest !== current?.digest) {
      context.log.info(
        `${shown}: changed since it was read (${current?.digest ?? 'absent'} -> ${now?.digest ?? 'absent'}): deciding again`,
      );
      continue;
    }
    const manifest = await releaseManifest();
    const write: TagWrite = {
      ref,
      digest: manifest.digest,
      version: release.version?.raw ?? '',
      previous: current,
      previousVersion: decision.previousVersion,
    };
    await writeTag(ref, manifest, write, context);
    context.onWrite(write);
    await context.clock.sleep(context.settleMs);
    const after = await context.registry.headManifest(ref);
    if (after?.digest === release.digest) {
      context.log.info(`${shown}: now ${release.digest} (${release.tag})`);
      return { ...outcome, updated: true };
    }
    context.log.info(
      `${shown}: moved by someone else right after our write (now ${after?.digest ?? 'absent'}): deciding again`,
    );
  }
  throw new CibError(`${shown} kept changing while we decided (${context.maxRounds} rounds)`, {
    hint: 'Another release is moving it at the same time; run this release again once that one is done',
  });
}

/** Fetches the release's manifest by digest (bytes verified), for copying unchanged. */
export function releaseManifestLoader(registry: LatestRegistry, release: ReleaseImage): () => Promise<FetchedManifest> {
  let loaded: Promise<FetchedManifest> | undefined;
  return () => (loaded ??= registry.getManifest(withDigest(release.repository, release.digest)));
}
