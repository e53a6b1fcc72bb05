// `--allow` entries for bake: the user's, plus the filesystem entitlements our own files need
// where buildx checks them (from 0.19; an error from 0.20): reading the folder of our generated
// definition, reading and writing the local cache folder. buildx before 0.17 has no `--allow`
// on bake, so user entries there are an error rather than a silent drop.
import { InputError } from '../errors/input-error';
import type { BuildxFeatures } from './buildx-features';

const ENTITLEMENT = /^(network\.host|security\.insecure|device(=.+)?|ssh(=.+)?|fs(\.read|\.write)?=.+)$/;

/** Checks the `allow` input items against the entitlements bake knows. */
export function checkAllow(items: readonly string[]): void {
  for (const item of items)
    if (!ENTITLEMENT.test(item))
      throw new InputError(
        'allow',
        item,
        'bake entitlements: network.host, security.insecure, device[=...], ssh[=...], fs=<path>, fs.read=<path>, fs.write=<path>',
      );
}

/** Every `--allow` entry for this build. */
export function allowEntries(
  features: Pick<BuildxFeatures, 'bakeAllow' | 'fsEntitlements' | 'version'>,
  user: readonly string[],
  ours: { readDirs: readonly string[]; writeDirs: readonly string[] },
): string[] {
  if (!features.bakeAllow) {
    if (user.length > 0)
      throw new InputError(
        'allow',
        user.join(','),
        `nothing with buildx ${features.version.text} (bake --allow needs buildx 0.17 or newer)`,
      );
    return [];
  }
  const entries = [...user];
  if (features.fsEntitlements) {
    for (const dir of ours.readDirs) entries.push(`fs.read=${dir}`);
    for (const dir of ours.writeDirs) entries.push(`fs.write=${dir}`);
  }
  return [...new Set(entries)];
}
