// The one mapping from a version (or any ref-derived name) to an image tag, and back. An image tag
// is `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`; a version may hold `+` (semver build metadata) and a
// name may hold `/` (release/2025.1), which no registry accepts. build-info, manifest-merge and
// latest-manager all go through here, so the tag one action writes is the tag the next one finds.
import { isValidTag } from '../registry/reference';
import { parseVersion, type Version } from './version';

/** The longest tag the distribution spec (and Docker) accept. */
const MAX_TAG_LENGTH = 128;

/**
 * Sanitises like docker/metadata-action (`sanitizeTag`): every run of characters outside
 * `A-Za-z0-9_.-` becomes one `-`. Beyond what metadata-action does, a leading `.` or `-` (which
 * no registry accepts) is dropped and the result is cut to 128 characters.
 */
function sanitize(text: string): string {
  return text
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, MAX_TAG_LENGTH);
}

/**
 * The image tag for `text` ('' when nothing usable is left, such as for `+++`). A version with
 * build metadata keeps it after `_` instead of `+` (`1.2.3+build.7` -> `1.2.3_build.7`), Helm's
 * convention for OCI tags: metadata-action's `-` would turn it into `1.2.3-build.7`, which every
 * semver reader takes for a prerelease of 1.2.3. Other text is sanitised as metadata-action does
 * (`release/2025.1` -> `release-2025.1`). A valid tag is returned unchanged.
 */
export function imageTagFor(text: string): string {
  if (isValidTag(text)) return text;
  const version = parseVersion(text);
  if (version?.build) {
    const plus = version.raw.lastIndexOf('+');
    return sanitize(`${version.raw.slice(0, plus)}_${version.raw.slice(plus + 1)}`);
  }
  return sanitize(text.trim());
}

/**
 * The version an image tag names: a version as written, or a version whose build metadata was
 * written after `_` by `imageTagFor` (`1.2.3_build.7` is 1.2.3 with build `build.7`, a release).
 * Undefined when the tag names no version.
 */
export function versionOfTag(tag: string): Version | undefined {
  const direct = parseVersion(tag);
  if (direct) return direct;
  const underscore = tag.indexOf('_');
  if (underscore < 0) return undefined;
  return parseVersion(`${tag.slice(0, underscore)}+${tag.slice(underscore + 1)}`);
}

/**
 * For an image reference whose tag is not valid (`ghcr.io/org/app:1.2.3+build.7`), the tag
 * `imageTagFor` makes of it; undefined when the tag is valid, absent or leaves nothing.
 */
export function fixedTagOf(reference: string): string | undefined {
  const name = reference.split('@')[0];
  const colon = name.lastIndexOf(':');
  if (colon < 0 || colon < name.lastIndexOf('/')) return undefined;
  const tag = name.slice(colon + 1);
  const fixed = imageTagFor(tag);
  return fixed && fixed !== tag ? fixed : undefined;
}
