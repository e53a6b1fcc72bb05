// How a version is written as an image tag. Projects tag images `v1.2.3` or `1.2.3` whatever
// their git tags look like; `tag-prefix` says which, and by default both are tried.
import { imageTagFor, versionOfTag } from './image-tag';
import { InputError } from '../errors/input-error';
import { isValidTag } from '../registry/reference';
import type { Version } from './version';

/** `auto`: try the version as given, then with the leading `v` toggled; `none`; or a literal prefix. */
export type TagPrefix = { kind: 'auto' } | { kind: 'literal'; prefix: string };

/**
 * Reads the `tag-prefix` input: '' or `auto` -> auto, `none` -> no prefix, anything else literal.
 * A literal must be able to start an image tag (with room for the version after it), so a bad
 * one is blamed on this input rather than on the image reference it would make.
 */
export function parseTagPrefix(value: string): TagPrefix {
  if (value === '' || value === 'auto') return { kind: 'auto' };
  if (value === 'none') return { kind: 'literal', prefix: '' };
  if (!isValidTag(`${value}0`)) {
    throw new InputError(
      'tag-prefix',
      value,
      'auto, none, or the start of an image tag (letters, digits, _ . -; not starting with . or -; under 128 characters)',
    );
  }
  return { kind: 'literal', prefix: value };
}

/** `v1.2.3` or `V1.2.3` -> `1.2.3` (a `v` before a digit is dropped); other text unchanged. */
export function stripV(text: string): string {
  return /^[vV]\d/.test(text) ? text.slice(1) : text;
}

/**
 * The image tags a version may be pushed as, in the order to try them (no duplicates), each
 * written as a valid tag by `imageTagFor` (`v1.2.3+build.7` -> `v1.2.3_build.7`, `1.2.3_build.7`).
 */
export function candidateImageTags(versionText: string, prefix: TagPrefix): string[] {
  const bare = stripV(versionText);
  // Text that leaves no tag at all (`+++`) has no candidates.
  if (prefix.kind === 'literal') return imageTagFor(bare) ? [prefix.prefix + imageTagFor(bare)] : [];
  // Only a version gets the `v` toggled: a forced `nightly` is just `nightly`.
  const texts = /^\d/.test(bare) ? [versionText, versionText === bare ? `v${bare}` : bare] : [versionText];
  return [...new Set(texts.map(imageTagFor).filter((tag) => tag !== ''))];
}

/**
 * The version an image tag names, or undefined when the tag is not a version tag (`latest`,
 * `main`, `sha-1a2b3c`). With a literal prefix only tags carrying it count.
 */
export function versionOfImageTag(tag: string, prefix: TagPrefix): Version | undefined {
  if (prefix.kind === 'literal' && prefix.prefix !== '') {
    if (!tag.startsWith(prefix.prefix)) return undefined;
    return versionOfTag(tag.slice(prefix.prefix.length));
  }
  return versionOfTag(tag);
}
