// Tags move last, one manifest PUT each. buildx's docker driver (Docker Engine 26, buildx 0.13.1)
// writes the tag more than once in one push (two manifest PUTs under it, measured through the
// hardening suite's fault proxy), so a push cut short left the release tag on an intermediate
// manifest (a single image manifest in one run of test/hardening/bake-push-faults.test.ts) or
// moved it although the step failed. So a pushing target is pushed under a staging tag in each of
// its repositories (`cib-staging-<target>`), and only once the bake has succeeded does each real
// tag get the pushed image, by its digest, in one PUT: a tag holds the complete image or what it
// held before, never half of it.
import { CibError, errorMessage } from '../errors/cib-error';
import type { RegistryClient, FetchedManifest } from '../registry/client';
import { parseReference, withDigest } from '../registry/reference';
import { code } from '../runner/markdown';
import type { Log } from '../runner/runtime';
import { repositoryOf } from './tag-suffix';

const STAGING_TAG_PREFIX = 'cib-staging-';

/** One staging reference per repository the tags name: `<repository>:cib-staging-<target>`. */
export function stagingTags(target: string, tags: readonly string[]): string[] {
  // Tags are at most 128 characters; bake target names only hold characters a tag allows.
  const tag = `${STAGING_TAG_PREFIX}${target}`.slice(0, 128);
  return [...new Set(tags.map(repositoryOf))].map((repository) => `${repository}:${tag}`);
}

export interface StagedTarget {
  target: string;
  /** The real tags, moved once the bake succeeded. */
  tags: readonly string[];
}

export interface TagMoves {
  /** Tags now holding the pushed image. */
  moved: string[];
  /** Tags left where they were, with why. */
  failed: Array<{ tag: string; error: string }>;
}

/**
 * Points every tag of every staged target at the image the bake pushed (`digests`, from buildx's
 * metadata), copying the manifest bytes as the registry serves them. The client retries what a
 * registry answers with 429/5xx or drops; a tag that still fails is listed, the others still move.
 */
export async function moveStagedTags(
  client: Pick<RegistryClient, 'getManifest' | 'putManifest'>,
  targets: readonly StagedTarget[],
  digests: Readonly<Record<string, string>>,
  log: Pick<Log, 'info'>,
): Promise<TagMoves> {
  // Every tag moves at once (each is its own PUT); a repository's manifest is read once.
  const manifests = new Map<string, Promise<FetchedManifest>>();
  const outcomes = await Promise.all(
    targets.flatMap(({ target, tags }) =>
      tags.map(async (tag): Promise<{ tag: string; error?: string }> => {
        const digest = digests[target];
        if (!digest) return { tag, error: `buildx reported no digest for target ${target}` };
        try {
          const ref = parseReference(tag);
          const source = `${repositoryOf(tag)}@${digest}`;
          let manifest = manifests.get(source);
          if (!manifest) manifests.set(source, (manifest = client.getManifest(withDigest(ref, digest))));
          const { bytes, mediaType } = await manifest;
          await client.putManifest(ref, bytes, mediaType);
          log.info(`Tagged ${tag} -> ${digest}`);
          return { tag };
        } catch (error) {
          return { tag, error: errorMessage(error) };
        }
      }),
    ),
  );
  return {
    moved: outcomes.flatMap((o) => (o.error === undefined ? [o.tag] : [])),
    failed: outcomes.flatMap((o) => (o.error === undefined ? [] : [{ tag: o.tag, error: o.error }])),
  };
}

/** The failure when some tags could not be moved: which moved, which kept their old image. */
export function tagMoveError(moves: TagMoves): CibError {
  const failed = moves.failed.map((f) => `  ${f.tag}: ${f.error}`).join('\n');
  const moved = moves.moved.length ? `\nTagged: ${moves.moved.join(', ')}` : '\nNo tag was moved';
  return new CibError(
    `The images were pushed, but ${moves.failed.length} tag(s) still hold what they held before:\n${failed}${moved}`,
    { hint: 'Run the job again: the build is cached and the tags move only to the complete image' },
  );
}

/** Summary lines for the job summary: what was tagged and what was not. */
export function tagMovesSummary(moves: TagMoves): string {
  const lines = [
    ...moves.moved.map((tag) => `- tagged ${code(tag)}`),
    ...moves.failed.map((f) => `- **not tagged** ${code(f.tag)} (kept its previous image): ${f.error}`),
  ];
  return lines.length ? `\n${lines.join('\n')}\n` : '';
}
