// The latest decision for a release, over one or more images: strategy; tag type
// (override, git, remote, heuristic); lightweight or prerelease stays; the release must exist on
// every image before anything moves; then, per image, `latest` moves only forward, and with
// floating tags `<major>` and `<major>.<minor>` move forward within their series (never backwards,
// not even forced, and never off a release of their own version). Tags that exist move first on
// every image and a failure then puts back those moved; tags to create come last (created-tags.ts),
// since none can be taken back. Where each tag stands is reported. Every step is logged in one line.
import { CibError, quoteForMessage } from '../errors/cib-error';
import { InputError } from '../errors/input-error';
import type { FetchedManifest } from '../registry/client';
import { formatReference, formatRepository, withTag, type ImageReference } from '../registry/reference';
import type { Log } from '../runner/runtime';
import { systemClock, type Clock } from '../time/clock';
import { isPrerelease } from '../version/prerelease';
import { candidateImageTags, type TagPrefix } from '../version/tag-prefix';
import { floatingTagNames, parseVersion, type Version } from '../version/version';
import type { ImageOutcome, LatestOutcome, Reason, Strategy, TagOutcome } from './outcome';
import { createTags, type TagToCreate } from './created-tags';
import { moveTag, releaseManifestLoader, type MoveTagOptions, type ReleaseImage } from './move-tag';
import { movedChanges, PartialReleaseError, rollBack, type TagWrite } from './tag-changes';
import { versionFromMetadata, type MetadataVersion } from './image-version';
import type { LatestRegistry } from './registry-port';
import { versionTags, type VersionTag } from './tag-search';
import type { ResolvedTagType, TagTypeMode } from './tag-type';

export interface LatestRequest {
  /** Repositories (any tag or digest on them is ignored). */
  images: ImageReference[];
  /** The released tag as pushed (`1.2.3`, `v1.2.3`, `1.8.7alpha`). */
  version: string;
  strategy: Strategy;
  tagType: TagTypeMode;
  tagPrefix: TagPrefix;
  prereleasePattern: RegExp;
  latestTag: string;
  floatingTags: boolean;
  dryRun: boolean;
}

export interface LatestContext {
  registry: LatestRegistry;
  /** Step 2, with git and the GitHub API bound in (latest/tag-type.ts). */
  resolveTagType: (tag: string, mode: TagTypeMode, version: Version | undefined) => Promise<ResolvedTagType>;
  log: Log;
  /** Digest comparisons in flight at once during a tag search; default 8. */
  concurrency?: number;
  /** Wait after a write before checking that nobody else moved the tag; default 1000 ms. */
  settleMs?: number;
  /** Decisions taken again at most this often when other releases keep moving the tag; default 5. */
  maxRounds?: number;
  /** Waits out the settle time; default the system clock. */
  clock?: Clock;
  /** Whether a registry host is spoken to over plain HTTP (for the restore commands); default none. */
  plainHttp?: (host: string) => boolean;
}

/** Every image keeps its tags: the same reason for all of them, nothing asked of the registry. */
function unchanged(request: LatestRequest, reason: Reason, detail: string, tagType?: ResolvedTagType): LatestOutcome {
  const images = request.images.map((image): ImageOutcome => {
    const repository = formatRepository(image);
    const latest: TagOutcome = {
      tag: request.latestTag,
      ref: `${repository}:${request.latestTag}`,
      updated: false,
      reason,
      detail,
      previousVersion: '',
      previousDigest: '',
      previousVersionSource: '',
    };
    return { image: repository, versionTag: '', digest: '', latest, floating: [] };
  });
  return { version: request.version, strategy: request.strategy, tagType, dryRun: request.dryRun, images, changes: [] };
}

/** Finds the release in one image: the first candidate tag (`1.2.3`, `v1.2.3`) that exists. */
async function findRelease(
  registry: LatestRegistry,
  repository: ImageReference,
  request: LatestRequest,
  version: Version | undefined,
): Promise<ReleaseImage | undefined> {
  for (const tag of candidateImageTags(request.version, request.tagPrefix)) {
    const head = await registry.headManifest(withTag(repository, tag));
    if (head) return { repository, tag, digest: head.digest, version };
  }
  return undefined;
}

/** Runs the latest-tag decision for `request`; writes unless dry-run. Throws on bad input. */
export async function manageLatest(request: LatestRequest, context: LatestContext): Promise<LatestOutcome> {
  const { registry, log } = context;
  const plainHttp = context.plainHttp ?? (() => false);
  const info = (line: string) => log.info(line);

  // 1. Strategy.
  info(`Strategy: ${request.strategy}`);
  if (request.strategy === 'skip') {
    return unchanged(request, 'skipped-by-strategy', 'strategy is skip: no tag moves');
  }
  const version = parseVersion(request.version);
  if (!version && request.strategy !== 'force') {
    throw new InputError(
      'version',
      request.version,
      'a version such as 1.2.3, v1.2.3 or 1.8.7alpha',
      'Set strategy: force to move latest to a tag that is not a version',
    );
  }
  // Shown once, shortened: a version of any length is echoed nowhere else in full.
  info(`Version: ${quoteForMessage(request.version)}${version ? '' : ' (not a version; forced)'}`);

  // 2. and 3. Tag type, prerelease.
  let tagType: ResolvedTagType | undefined;
  if (request.strategy === 'auto' && version) {
    tagType = await context.resolveTagType(request.version, request.tagType, version);
    if (tagType.type === 'lightweight') {
      info(`Decision: lightweight tag (${tagType.source}): internal release, no tag moves`);
      return unchanged(
        request,
        'lightweight-tag',
        `${request.version} is a lightweight tag (${tagType.source})`,
        tagType,
      );
    }
    if (isPrerelease(version, request.prereleasePattern)) {
      info(
        `Decision: ${request.version} is a prerelease (suffix "${version.suffix}" matches ${request.prereleasePattern.source}): no tag moves`,
      );
      return unchanged(request, 'prerelease', `${request.version} is a prerelease`, tagType);
    }
  }

  // The release must be on every image before any tag moves anywhere.
  const releases = await Promise.all(request.images.map((image) => findRelease(registry, image, request, version)));
  const missing = request.images.filter((_, i) => !releases[i]);
  if (missing.length > 0) {
    const tags = candidateImageTags(request.version, request.tagPrefix).join(' or ');
    throw new CibError(
      `The release ${request.version} (tag ${tags}) is missing from ${missing.map(formatRepository).join(', ')}: no tag moved on any image`,
      { hint: 'Push the release to every image listed in "images" first, or check "version" and "tag-prefix"' },
    );
  }
  for (const release of releases as ReleaseImage[]) {
    info(`Release: ${formatReference(withTag(release.repository, release.tag))} is ${release.digest}`);
  }

  // 4. to 6., image by image: first every tag that exists (a failure puts them back), then the
  // tags to create, which no registry can take back (created-tags.ts).
  const writes: TagWrite[] = [];
  const toCreate: TagToCreate[] = [];
  const images: ImageOutcome[] = [];
  try {
    for (const release of releases as ReleaseImage[]) {
      images.push(await manageImage(release, request, context, writes, toCreate));
    }
  } catch (error) {
    if (writes.length === 0) throw error;
    log.warning(`Putting back the ${writes.length} tag(s) this run moved, so that the images stay together`);
    throw new PartialReleaseError(error, await rollBack(registry, writes, log, plainHttp));
  }
  await createTags(toCreate, writes, { registry, log, plainHttp });
  const changes = movedChanges(writes, plainHttp);
  return { version: request.version, strategy: request.strategy, tagType, dryRun: request.dryRun, images, changes };
}

async function manageImage(
  release: ReleaseImage,
  request: LatestRequest,
  context: LatestContext,
  writes: TagWrite[],
  toCreate: TagToCreate[],
): Promise<ImageOutcome> {
  const { registry } = context;
  let listed: Promise<VersionTag[]> | undefined;
  // `latest`, `1` and `1.9` often point to the same previous release: read its metadata once.
  const metadata = new Map<string, Promise<MetadataVersion | undefined>>();
  const minPrecision = release.version ? (Math.min(3, release.version.precision) as 1 | 2 | 3) : 3;
  const moveContext = {
    registry,
    versionTags: () =>
      (listed ??= registry.listTags(release.repository).then((tags) => {
        const found = versionTags(tags, request.tagPrefix, minPrecision);
        context.log.info(
          `${formatRepository(release.repository)}: ${tags.length} tags listed, ${found.length} name a version`,
        );
        return found;
      })),
    metadataVersion: (ref: ImageReference, current: FetchedManifest) => {
      let found = metadata.get(current.digest);
      if (!found) {
        found = versionFromMetadata(registry, ref, current);
        metadata.set(current.digest, found);
      }
      return found;
    },
    log: context.log,
    concurrency: context.concurrency ?? 8,
    settleMs: context.settleMs ?? 1000,
    maxRounds: context.maxRounds ?? 5,
    clock: context.clock ?? systemClock,
    dryRun: request.dryRun,
    onWrite: (write: TagWrite) => writes.push(write),
  };
  const manifest = releaseManifestLoader(registry, release);
  const forced = request.strategy === 'force';
  const image: ImageOutcome = {
    image: formatRepository(release.repository),
    versionTag: release.tag,
    digest: release.digest,
    latest: undefined as unknown as TagOutcome, // set below, now or once created
    floating: [],
  };
  /** Moves the tag if it exists; else queues it for creation, `place` filling in its outcome. */
  const move = async (options: MoveTagOptions, place: (outcome: TagOutcome) => void) => {
    const outcome = await moveTag(release, { ...options, existingOnly: true }, moveContext, manifest);
    if (outcome) place(outcome);
    else toCreate.push({ release, options, place, create: () => moveTag(release, options, moveContext, manifest) });
  };
  await move({ tag: request.latestTag, forced }, (o) => (image.latest = o));

  // Forced or not, a prerelease never moves a floating tag (force is for `latest` alone).
  const prerelease = release.version && isPrerelease(release.version, request.prereleasePattern);
  if (request.floatingTags && release.version && !prerelease) {
    const v = release.version;
    const own = new Set([release.tag, request.latestTag, ...candidateImageTags(request.version, request.tagPrefix)]);
    const series = [{ major: v.major }, { major: v.major, minor: v.minor }];
    for (const [i, name] of floatingTagNames(v).entries()) {
      // `1.2` released as a version is its own tag, not a floating one.
      if (own.has(name) || (i === 1 && v.precision < 3)) continue;
      // Kept in the order of the tags: a slot per tag, filled now or once created.
      const slot = image.floating.length;
      image.floating.push(undefined as unknown as TagOutcome);
      await move({ tag: name, forced: false, series: series[i] }, (o) => (image.floating[slot] = o));
    }
  }
  return image;
}
