// Release images for the latest-manager tests and benchmark: one small distinct image per
// version, pushed to a real registry under one or more tags, with or without the
// org.opencontainers.image.version label.
import type { RegistryClient } from '@cib/core/registry/client';
import { withTag, type ImageReference } from '@cib/core/registry/reference';
import { platform, pushTestImage } from './registry/test-images';

/** Pushes one image for `version` under `tags` (default: the version); returns its digest. */
export async function pushVersion(
  client: RegistryClient,
  repository: ImageReference,
  version: string,
  options: { tags?: string[]; label?: boolean } = {},
): Promise<string> {
  const tags = options.tags ?? [version];
  const image = await pushTestImage(client, withTag(repository, tags[0]), {
    platform: platform('linux/amd64'),
    layers: 0,
    // Without the version label the config still differs per version, so digests differ.
    labels: options.label === false ? { 'seed.version': version } : { 'org.opencontainers.image.version': version },
  });
  for (const tag of tags.slice(1)) await client.putManifest(withTag(repository, tag), image.bytes, image.mediaType);
  return image.digest;
}
