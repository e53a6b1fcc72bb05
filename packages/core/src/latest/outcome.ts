// The vocabulary of the latest decision: strategies, reasons and what is reported per tag and
// per image. Kept apart from the flow so the action, the summary and the tests share it.
import type { ResolvedTagType } from './tag-type';

/** `auto` decides, `force` always moves, `skip` never does (input `strategy` / UPDATE_LATEST_STRATEGY). */
export type Strategy = 'auto' | 'force' | 'skip';
export const STRATEGIES: readonly Strategy[] = ['auto', 'force', 'skip'];

/**
 * Why a tag moved or did not: the `reason` output. `own-release`: a floating tag (`5.1`) that holds
 * the release of exactly its own version (5.1), which is never moved.
 */
export type Reason =
  | 'forced'
  | 'skipped-by-strategy'
  | 'lightweight-tag'
  | 'prerelease'
  | 'no-latest-yet'
  | 'newer'
  | 'not-newer'
  | 'own-release';

/** How the version behind the tag was found. */
export type VersionSource = 'annotation' | 'label' | 'tag-search' | 'same-digest' | 'none' | '';

/** The decision for one moving tag (`latest`, or a floating `1` / `1.9`) of one image. */
export interface TagOutcome {
  /** The tag name (`latest`, `1`, `1.9`). */
  tag: string;
  /** The full reference, `ghcr.io/org/app:latest`. */
  ref: string;
  updated: boolean;
  reason: Reason;
  /** The versions involved, for people. */
  detail: string;
  /** What the tag pointed to before: version ('' unknown or none) and digest ('' when absent). */
  previousVersion: string;
  previousDigest: string;
  previousVersionSource: VersionSource;
}

export interface ImageOutcome {
  /** The repository, `ghcr.io/org/app`. */
  image: string;
  /** The image tag holding the version (`v1.2.3` or `1.2.3`); '' when not looked up. */
  versionTag: string;
  /** Digest of the version tag; '' when not looked up. */
  digest: string;
  latest: TagOutcome;
  floating: TagOutcome[];
}

/**
 * Where a tag this run wrote stands: moved, put back after a failure, or left (see `restore`);
 * `missing`: a tag to create that the run stopped before creating (`restore` creates it).
 */
export type ChangeState = 'moved' | 'put-back' | 'moved-by-someone-else' | 'left' | 'unknown' | 'missing';

/** A tag this run wrote: what it held before, what it holds now and how to put it back. */
export interface TagChange {
  /** The full reference, `ghcr.io/org/app:latest`. */
  ref: string;
  /** The digest before ('' when the tag did not exist) and its version ('' when unknown). */
  before: string;
  beforeVersion: string;
  /** The digest now ('' when the registry could not say) and its version ('' when unknown). */
  now: string;
  nowVersion: string;
  state: ChangeState;
  /**
   * The command that points the tag back to `before`; '' when it is back or did not exist before.
   * For `missing` (and `unknown` without a `before`), the command that points it at the release.
   */
  restore: string;
}

export interface LatestOutcome {
  version: string;
  strategy: Strategy;
  /** Undefined when the strategy made the tag type irrelevant. */
  tagType?: ResolvedTagType;
  dryRun: boolean;
  images: ImageOutcome[];
  /** Every tag this run wrote, in the order written. */
  changes: TagChange[];
}
