// Whether a floating tag (`5.1`, `6`) holds the release of exactly its own version. Release 5.1
// pushed as `5.1` has that tag as its only name: moving the floating tag `5.1` for release 5.1.1
// would take release 5.1 away. Such a tag is never moved.
import { compareVersions, parseVersion, type Version } from '../version/version';
import type { VersionSource } from './outcome';

/**
 * Why the image behind the floating `tag` is the release of exactly the tag's own version, or
 * undefined when it is not. `behind` is the version found for the image (move-tag.ts):
 * - from its metadata (annotation or label): the same numbers at the same precision and no
 *   prerelease (`5.1`, `v5.1`, `5.1+build.3` for `5.1`; not `5.1.0`, which has a tag of its own);
 * - nothing (`none`: no metadata, and no version tag has its digest): the tag is the only version
 *   tag of that image, so it is the release of that version.
 */
export function holdsOwnRelease(tag: string, behind: { version?: Version; source: VersionSource }): string | undefined {
  const own = parseVersion(tag);
  if (!own || own.prerelease.length > 0) return undefined;
  const found = behind.version;
  if ((behind.source === 'annotation' || behind.source === 'label') && found) {
    const same =
      found.precision === own.precision && found.prerelease.length === 0 && compareVersions(found, own) === 0;
    return same ? `${found.raw} (its ${behind.source} org.opencontainers.image.version says so)` : undefined;
  }
  if (behind.source === 'none') return `${own.raw} (no other version tag names its image)`;
  return undefined;
}
