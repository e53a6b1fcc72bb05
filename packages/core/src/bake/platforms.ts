// The `platforms` input of multiarch-bake: `os/arch[/variant]` items checked against the platforms
// BuildKit can build (a typo such as linux/amd46 fails before anything runs), normalised the way
// containerd does (linux/arm64/v8 is linux/arm64, linux/arm is linux/arm/v7) and de-duplicated.
import { InputError } from '../errors/input-error';
import { formatPlatform, normalisePlatform, parsePlatform } from '../manifest/platform';

/** Platforms BuildKit builds (natively or under QEMU), in normal form. */
export const KNOWN_PLATFORMS = [
  'linux/amd64',
  'linux/amd64/v2',
  'linux/amd64/v3',
  'linux/amd64/v4',
  'linux/arm64',
  'linux/arm/v7',
  'linux/arm/v6',
  'linux/arm/v5',
  'linux/386',
  'linux/ppc64le',
  'linux/s390x',
  'linux/riscv64',
  'linux/mips64le',
  'linux/mips64',
  'linux/loong64',
  'windows/amd64',
  'windows/arm64',
] as const;

/** Parses and normalises platform items; throws naming `input` for the first unknown one. */
export function parsePlatforms(input: string, items: readonly string[]): string[] {
  const result: string[] = [];
  for (const item of items) {
    const parsed = parsePlatform(item);
    const normal = parsed ? formatPlatform(normalisePlatform(parsed)) : undefined;
    if (!normal || !(KNOWN_PLATFORMS as readonly string[]).includes(normal)) {
      throw new InputError(
        input,
        item,
        `platforms written os/arch[/variant] from: ${KNOWN_PLATFORMS.join(', ')}`,
        'linux/arm64/v8 and linux/arm are accepted and become linux/arm64 and linux/arm/v7',
      );
    }
    if (!result.includes(normal)) result.push(normal);
  }
  return result;
}

/** The parts of a normal-form platform. */
export function platformParts(platform: string): { os: string; arch: string; variant: string } {
  const [os, arch, variant = ''] = platform.split('/');
  return { os, arch, variant };
}

/** A platform as a name part: `linux/arm/v7` -> `linux-arm-v7`. */
export function platformSlug(platform: string): string {
  return platform.replace(/\//g, '-');
}
