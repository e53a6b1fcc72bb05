// `platform-tag-suffix`: one platform per job, every tag gets a suffix naming it, so per-platform
// jobs push `app:1.2.3-amd64`, `app:1.2.3-arm64`, `app:1.2.3-armv7` for manifest-merge to join.
// Placeholders: {os}, {arch}, {variant}, {platform} (`linux-arm-v7`).
import { InputError } from '../errors/input-error';
import { isValidTag } from '../registry/reference';
import { platformParts, platformSlug } from './platforms';

const PLACEHOLDER = /\{(os|arch|variant|platform)\}/g;

/** Checks the template; throws naming the input for unknown placeholders or tag-unsafe text. */
export function checkTagSuffix(input: string, template: string): void {
  const unknown = /\{(?!(?:os|arch|variant|platform)\})[^}]*\}/.exec(template);
  if (unknown)
    throw new InputError(
      input,
      template,
      'a suffix with the placeholders {os}, {arch}, {variant}, {platform}',
      `${unknown[0]} is not one`,
    );
  if (!isValidTag(`x${expandTagSuffix(template, 'linux/arm/v7')}`))
    throw new InputError(input, template, 'a suffix made of letters, digits, "_", "." and "-" (it ends image tags)');
}

/** The suffix for `platform`: `-{arch}{variant}` and linux/arm/v7 give `-armv7`. */
export function expandTagSuffix(template: string, platform: string): string {
  const parts = platformParts(platform);
  const values: Record<string, string> = { ...parts, platform: platformSlug(platform) };
  return template.replace(PLACEHOLDER, (_, key: string) => values[key]);
}

/** `ghcr.io/o/app:1.2.3` + `-arm64` -> `ghcr.io/o/app:1.2.3-arm64`; no tag means `latest`. */
export function suffixTag(reference: string, suffix: string): string {
  const slash = reference.lastIndexOf('/');
  const colon = reference.lastIndexOf(':');
  return colon > slash ? `${reference}${suffix}` : `${reference}:latest${suffix}`;
}

/** The repository part of a tag reference (`ghcr.io/o/app:1` -> `ghcr.io/o/app`). */
export function repositoryOf(reference: string): string {
  const withoutDigest = reference.split('@')[0];
  const slash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  return colon > slash ? withoutDigest.slice(0, colon) : withoutDigest;
}
