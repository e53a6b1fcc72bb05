// The vocabulary of the latest decision: strategies, reasons and what is reported per tag and
// per image. Kept apart from the flow so the action, the summary and the tests share it.
import type { ResolvedTagType } from './tag-type';

/** `auto` decides, `force` always moves, `skip` never does (input `strategy` / UPDATE_LATEST_STRATEGY). */
export type Strategy = 'auto' | 'force' | 'skip';
export const STRATEGIES: readonly Strategy[] = ['auto', 'force', 'skip'];

/** Why a tag moved or did not: the `reason` output. */
export type Reason =
  'forced' | 'skipped-by-strategy' | 'lightweight-tag' | 'prerelease' | 'no-latest-yet' | 'newer' | 'not-newer';

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

export interface LatestOutcome {
  version: string;
  strategy: Strategy;
  /** Undefined when the strategy made the tag type irrelevant. */
  tagType?: ResolvedTagType;
  dryRun: boolean;
  images: ImageOutcome[];
}
