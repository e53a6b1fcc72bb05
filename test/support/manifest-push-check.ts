// What distribution 2.8 (Debian's docker-registry) refuses a manifest PUT for, as measured by
// test/integration/registry/memory-registry-contract.test.ts, for the in-memory registry:
// - 400 MANIFEST_INVALID: a Content-Type that is not one of the four image types (parameters
//   such as `; charset=utf-8` are fine), a body that is not JSON of schemaVersion 2, a `mediaType`
//   field other than the Content-Type, a shape that does not fit the type (an index without
//   `manifests`, a manifest without `config`), a Docker type without its `mediaType` field (OCI
//   types may leave it out).
// - 400 MANIFEST_BLOB_UNKNOWN: a config or layer the repository lacks, an index child that is
//   neither a manifest nor a blob of the repository. Sizes are not compared: distribution 2.8
//   accepts a wrong size.
// - 500 UNKNOWN: a layer with `urls` (a non-distributable layer stored elsewhere): distribution's
//   default configuration allows no URLs, and says so as an internal error.
import type { RegistryErrorCode } from '@cib/core/registry/errors';
import type { Descriptor, ImageIndex, ImageManifest } from '@cib/core/registry/manifest-types';
import {
  baseMediaType,
  DOCKER_MANIFEST,
  DOCKER_MANIFEST_LIST,
  isIndexMediaType,
  isManifestMediaType,
} from '@cib/core/registry/media-types';

export interface Refusal {
  status: number;
  code: RegistryErrorCode;
  message: string;
}

/** What the repository holds, as far as the check needs to know. */
export interface RepositoryContent {
  /** A blob (config, layer) pushed to the repository. */
  hasBlob(digest: string): boolean;
  /** A blob or a manifest in the repository: what an index may point to. */
  hasContent(digest: string): boolean;
}

/** Why distribution 2.8 refuses to store `bytes` as `mediaType` in a repository, if it does. */
export function checkManifestPush(
  bytes: Buffer,
  mediaType: string,
  repository: RepositoryContent,
): Refusal | undefined {
  const invalid: Refusal = { status: 400, code: 'MANIFEST_INVALID', message: 'manifest invalid' };
  const type = baseMediaType(mediaType);
  if (!isManifestMediaType(type)) return invalid;
  let json: Partial<ImageIndex & ImageManifest>;
  try {
    json = JSON.parse(bytes.toString()) as Partial<ImageIndex & ImageManifest>;
  } catch {
    return invalid;
  }
  if (typeof json !== 'object' || json === null || json.schemaVersion !== 2) return invalid;
  if (
    json.mediaType !== undefined ? json.mediaType !== type : type === DOCKER_MANIFEST || type === DOCKER_MANIFEST_LIST
  ) {
    return invalid;
  }
  const unknownBlob: Refusal = { status: 400, code: 'MANIFEST_BLOB_UNKNOWN', message: 'blob unknown to registry' };
  if (isIndexMediaType(type)) {
    if (!Array.isArray(json.manifests)) return invalid;
    return json.manifests.every((child) => repository.hasContent(child.digest)) ? undefined : unknownBlob;
  }
  if (!json.config || typeof json.config.digest !== 'string') return invalid;
  const layers: Descriptor[] = json.layers ?? [];
  if (layers.some((layer) => layer.urls?.length)) return { status: 500, code: 'UNKNOWN', message: 'unknown error' };
  return [json.config, ...layers].every((blob) => repository.hasBlob(blob.digest)) ? undefined : unknownBlob;
}
