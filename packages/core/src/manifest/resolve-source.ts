// Reading one source of a merge: a per-platform image manifest, or an index (buildx pushes one
// with an attestation manifest when provenance is on) that is flattened into its manifests.
// Each image's platform comes from its index descriptor, or from its config blob when missing.
import { CibError } from '../errors/cib-error';
import type { RegistryClient } from '../registry/client';
import { RegistryError } from '../registry/errors';
import type { Descriptor, ImageManifest, Platform } from '../registry/manifest-types';
import { isImageIndex } from '../registry/manifest-types';
import {
  DOCKER_CONFIG,
  OCI_CONFIG,
  baseMediaType,
  isImageManifestMediaType,
  isIndexMediaType,
} from '../registry/media-types';
import { formatReference, withDigest, type ImageReference } from '../registry/reference';
import type { ManifestBytes, MergeEntry } from './merge-entry';
import { formatPlatform, isAttestationDescriptor, isUnknownPlatform } from './platform';

/** What reading a source needs from the registry client (tests hand in a fake). */
export type SourceReader = Pick<RegistryClient, 'getManifest' | 'getConfig'>;

export type AttestationPolicy = 'keep' | 'drop';

export interface ResolvedSource {
  /** The source as the user wrote it, formatted. */
  source: string;
  reference: ImageReference;
  /** Digest and media type of what the source reference points at (manifest or index). */
  digest: string;
  mediaType: string;
  entries: MergeEntry[];
  /** Manifests of a source index left out, with the reason (attestations dropped, non-images). */
  skipped: Array<{ digest: string; reason: string }>;
}

// Nested indexes are legal but rare; a bound stops a malicious or broken loop.
const MAX_INDEX_DEPTH = 4;

/** Turns a registry failure while reading a source into one error that names the source. */
export function sourceReadError(source: string, error: unknown): Error {
  if (!(error instanceof RegistryError)) return error instanceof Error ? error : new Error(String(error));
  if (error.code === 'MANIFEST_UNKNOWN' || error.code === 'NAME_UNKNOWN' || error.status === 404) {
    return new CibError(`Source ${source} does not exist in the registry`, {
      hint: 'Check the tag or digest, and that the per-platform image was pushed',
      cause: error,
    });
  }
  if (error.code === 'UNAUTHORIZED' || error.code === 'DENIED' || error.status === 401 || error.status === 403) {
    // The client's hint tells "log in" from "wrong credentials" from "no rights".
    return new CibError(`Source ${source} could not be read: the registry refused access (${error.status})`, {
      hint:
        error.hint ?? 'Give "username" and "password", or log in first (docker/login-action), with read access to it',
      cause: error,
    });
  }
  if (error.code === 'UNSUPPORTED' || error.code === 'MANIFEST_INVALID') {
    return new CibError(`Source ${source} is not a container image: ${error.message}`, { cause: error });
  }
  return new CibError(`Source ${source} could not be read: ${error.message}`, { cause: error });
}

function notAnImage(source: string, why: string): CibError {
  return new CibError(`Source ${source} is not a container image: ${why}`, {
    hint: 'Sources must be per-platform images or indexes of them (not artifacts such as Helm charts or signatures)',
  });
}

function toBytes(fetched: ManifestBytes): ManifestBytes {
  return { bytes: fetched.bytes, mediaType: fetched.mediaType, digest: fetched.digest, json: fetched.json };
}

/** The platform of an image manifest, from its config blob. */
async function platformFromConfig(
  reader: SourceReader,
  source: string,
  ref: ImageReference,
  manifest: ImageManifest,
): Promise<Platform> {
  const configType = baseMediaType(manifest.config?.mediaType ?? '');
  if (configType !== OCI_CONFIG && configType !== DOCKER_CONFIG) {
    throw notAnImage(source, `its config has media type ${configType || '(none)'}`);
  }
  const config = await reader.getConfig(ref, manifest);
  if (!config.os || !config.architecture) throw notAnImage(source, 'its config names no os/architecture');
  const platform: Platform = { architecture: config.architecture, os: config.os };
  if (config.variant) platform.variant = config.variant;
  if (config['os.version']) platform['os.version'] = config['os.version'];
  if (isUnknownPlatform(platform))
    throw notAnImage(source, 'its platform is unknown/unknown (an attestation manifest?)');
  return platform;
}

/** Reads a source and returns the manifests it brings into the index. */
export async function resolveSource(
  reader: SourceReader,
  reference: ImageReference,
  options: { attestations: AttestationPolicy },
): Promise<ResolvedSource> {
  const source = formatReference(reference);
  const repository: ImageReference = { registry: reference.registry, repository: reference.repository };
  const read = async (ref: ImageReference) => {
    try {
      return await reader.getManifest(ref);
    } catch (error) {
      throw sourceReadError(source, error);
    }
  };
  const config = async (ref: ImageReference, manifest: ImageManifest) => {
    try {
      return await platformFromConfig(reader, source, ref, manifest);
    } catch (error) {
      throw sourceReadError(source, error);
    }
  };

  const top = await read(reference);
  const result: ResolvedSource = {
    source,
    reference,
    digest: top.digest,
    mediaType: baseMediaType(top.mediaType),
    entries: [],
    skipped: [],
  };

  if (!isImageIndex(top.json) && isImageManifestMediaType(top.mediaType)) {
    const manifest = top.json;
    const platform = await config(withDigest(repository, top.digest), manifest);
    result.entries.push({
      source,
      repository,
      descriptor: { mediaType: baseMediaType(top.mediaType), digest: top.digest, size: top.size, platform },
      attestation: false,
      manifest: toBytes(top),
    });
    return result;
  }
  if (!isImageIndex(top.json) || !isIndexMediaType(top.mediaType)) {
    throw notAnImage(source, `its manifest has media type ${baseMediaType(top.mediaType) || '(none)'}`);
  }

  const flatten = async (descriptors: readonly Descriptor[], depth: number): Promise<void> => {
    for (const child of descriptors) {
      const childRef = withDigest(repository, child.digest);
      if (isIndexMediaType(child.mediaType)) {
        if (depth >= MAX_INDEX_DEPTH) throw notAnImage(source, `its indexes nest deeper than ${MAX_INDEX_DEPTH}`);
        const nested = await read(childRef);
        if (!isImageIndex(nested.json)) throw notAnImage(source, `${child.digest} claims to be an index but is not`);
        await flatten(nested.json.manifests, depth + 1);
        continue;
      }
      if (isAttestationDescriptor(child)) {
        if (options.attestations === 'drop')
          result.skipped.push({ digest: child.digest, reason: 'attestation dropped' });
        else result.entries.push({ source, repository, descriptor: { ...child }, attestation: true });
        continue;
      }
      if (!isImageManifestMediaType(child.mediaType) || isUnknownPlatform(child.platform)) {
        result.skipped.push({
          digest: child.digest,
          reason: `not an image (${baseMediaType(child.mediaType)}, ${child.platform ? formatPlatform(child.platform) : 'no platform'})`,
        });
        continue;
      }
      if (child.platform) {
        result.entries.push({ source, repository, descriptor: { ...child }, attestation: false });
        continue;
      }
      // No platform in the descriptor: read the manifest and its config to find it.
      const fetched = await read(childRef);
      if (isImageIndex(fetched.json)) throw notAnImage(source, `${child.digest} is an index, not an image`);
      const platform = await config(childRef, fetched.json);
      result.entries.push({
        source,
        repository,
        descriptor: { ...child, platform },
        attestation: false,
        manifest: toBytes(fetched),
      });
    }
  };
  await flatten(top.json.manifests, 1);
  if (!result.entries.some((entry) => !entry.attestation)) {
    throw notAnImage(source, 'its index holds no image manifest with a platform');
  }
  return result;
}
