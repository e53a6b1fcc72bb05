// The closing line-up: every tag of the application's repository with the digest it serves and
// what it is (an index of platforms or one platform's image), `latest` against the releases, and
// the registry cache tags, read back through the registry client.
import { RegistryClient } from '@cib/core/registry/client';
import { isImageIndex, type ImageIndex, type ImageManifest } from '@cib/core/registry/manifest-types';
import { parseReference } from '@cib/core/registry/reference';
import { bold, heading } from './print';

export interface LineUp {
  /** tag -> digest */
  tags: Record<string, string>;
}

function platformsOf(json: ImageIndex | ImageManifest): string {
  if (!isImageIndex(json)) return 'one platform';
  const names = json.manifests.flatMap(({ platform }) =>
    // buildx's attestation manifests say unknown/unknown: they are no platform.
    platform && platform.os !== 'unknown' ? [`${platform.os}/${platform.architecture}`] : [],
  );
  return `index: ${names.join(', ')}`;
}

/** Prints what `image` (and its cache repository) hold; returns tag -> digest. */
export async function printLineUp(registryHost: string, image: string, cacheRepository?: string): Promise<LineUp> {
  heading(`what the registry holds (${image})`);
  const client = new RegistryClient({ insecureHosts: [registryHost] });
  const tags: Record<string, string> = {};
  const names = (await client.listTags(parseReference(image))).sort((a, b) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );
  const width = Math.max(...names.map((name) => name.length));
  for (const name of names) {
    const fetched = await client.getManifest(parseReference(`${image}:${name}`));
    tags[name] = fetched.digest;
    console.log(`  ${name.padEnd(width)}  ${fetched.digest}  ${platformsOf(fetched.json)}`);
  }
  const holder = Object.entries(tags).filter(
    ([name, digest]) => name !== 'latest' && /^\d+\.\d+\.\d+$/.test(name) && digest === tags.latest,
  );
  console.log(bold(`  latest = ${holder.length > 0 ? holder.map(([name]) => name).join(', ') : 'no release'}`));
  if (cacheRepository) {
    const cacheTags = await client.listTags(parseReference(cacheRepository));
    console.log(`  registry cache ${cacheRepository}: ${cacheTags.length > 0 ? cacheTags.join(', ') : 'none'}`);
  }
  return { tags };
}
