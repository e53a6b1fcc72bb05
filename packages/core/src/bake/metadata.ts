// Reads the `--metadata-file` buildx writes: per target `containerimage.digest` (the pushed
// manifest, or the index for several platforms: the digest the registry serves for the tag) and
// `image.name` (comma-separated references). From it: the `digests` and `images` outputs that
// docker/bake-action never gives (its #279).
import { readFileSync, existsSync } from 'node:fs';
import { repositoryOf } from './tag-suffix';

export interface TargetMetadata {
  'containerimage.digest'?: string;
  'image.name'?: string;
  [key: string]: unknown;
}

/** The metadata file's content; undefined when buildx wrote none (a failed or check-only build). */
export function readMetadataFile(file: string): { raw: string; targets: Record<string, TargetMetadata> } | undefined {
  if (!existsSync(file)) return undefined;
  const raw = readFileSync(file, 'utf8');
  return { raw, targets: JSON.parse(raw) as Record<string, TargetMetadata> };
}

/** target -> digest, for the targets that produced an image. */
export function digestsOf(targets: Record<string, TargetMetadata>): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const [target, meta] of Object.entries(targets)) {
    const digest = meta['containerimage.digest'];
    if (typeof digest === 'string' && digest.startsWith('sha256:')) digests[target] = digest;
  }
  return digests;
}

/** target -> `repository@digest` for every image name the target was pushed or loaded as. */
export function imagesOf(targets: Record<string, TargetMetadata>): Record<string, string[]> {
  const images: Record<string, string[]> = {};
  for (const [target, digest] of Object.entries(digestsOf(targets))) {
    const names = String(targets[target]['image.name'] ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '');
    images[target] = [...new Set(names.map((name) => `${repositoryOf(name)}@${digest}`))];
  }
  return images;
}
