// Reads what a registry holds after a run, straight from Debian's docker-registry (never
// through the fault proxy), and names the half states issue 13 forbids: an index under a target
// tag missing a platform or pointing at a manifest its repository lacks, `latest` or a floating
// tag not at the release the run was for while the other moved, a release tag overwritten.
import type { RegistryClient } from '@cib/core/registry/client';
import type { ImageIndex } from '@cib/core/registry/manifest-types';
import { parseReference, withDigest, type ImageReference } from '@cib/core/registry/reference';

/** `host/repo:tag` at the registry behind the proxy. */
export function direct(registryHost: string, path: string): ImageReference {
  return parseReference(`${registryHost}/${path}`);
}

/** The digest under a tag, or undefined when the tag does not exist. */
export async function digestOf(client: RegistryClient, ref: ImageReference): Promise<string | undefined> {
  return (await client.headManifest(ref))?.digest;
}

/**
 * What is wrong with the index under `ref`, if it exists: [] for a complete index (every
 * platform of `platforms` there, every child manifest readable in the same repository).
 */
export async function indexProblems(
  client: RegistryClient,
  ref: ImageReference,
  platforms: string[],
): Promise<string[]> {
  const head = await client.headManifest(ref);
  if (!head) return [];
  const fetched = await client.getManifest(ref);
  const index = fetched.json as ImageIndex;
  if (!Array.isArray(index.manifests)) return [`${ref.tag}: not an index (${fetched.mediaType})`];
  const problems: string[] = [];
  const held = index.manifests
    .filter((m) => m.platform && m.platform.os !== 'unknown')
    .map((m) => `${m.platform!.os}/${m.platform!.architecture}`);
  for (const platform of platforms) if (!held.includes(platform)) problems.push(`${ref.tag}: index lacks ${platform}`);
  for (const child of index.manifests)
    if (!(await client.headManifest(withDigest(ref, child.digest))))
      problems.push(`${ref.tag}: index points at ${child.digest}, missing from ${ref.repository}`);
  return problems;
}
