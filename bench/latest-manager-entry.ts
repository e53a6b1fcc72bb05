// What bench/latest-manager.mjs needs from the TypeScript sources, bundled by it with ncc at
// start: the real registry (test support), the registry client, the latest decision, and the
// original algorithm of ci_latest_manager.sh re-implemented on the same client for a fair
// comparison.
import { RegistryClient } from '@cib/core/registry/client';
import { parseReference, withTag, type ImageReference } from '@cib/core/registry/reference';
import { manageLatest } from '@cib/core/latest/manage-latest';
import { versionOfImageTag } from '@cib/core/version/tag-prefix';
import { compareVersions, parseVersion } from '@cib/core/version/version';
import { pushVersion } from '../test/support/latest-manager-images';
import { startRegistry } from '../test/support/registry/registry-server';
import { latestRequest } from '../test/support/latest-request';

export { RegistryClient, parseReference, pushVersion, startRegistry, withTag };

/** Our decision for `version` on `repository`, dry-run (nothing written), with a fresh client. */
export async function decideOurs(
  repository: string,
  version: string,
): Promise<{
  reason: string;
  previousVersion: string;
  source: string;
  requests: number;
  byMethod: Record<string, number>;
}> {
  const registry = new RegistryClient();
  const request = latestRequest([parseReference(repository)], version, { tagType: 'annotated', dryRun: true });
  const outcome = await manageLatest(request, {
    registry,
    resolveTagType: async () => ({ type: 'annotated', source: 'override' }),
    log: { debug: () => undefined, info: () => undefined, warning: () => undefined },
  });
  const latest = outcome.images[0].latest;
  return {
    reason: latest.reason,
    previousVersion: latest.previousVersion,
    source: latest.previousVersionSource,
    requests: registry.stats.requests,
    byMethod: { ...registry.stats.byMethod },
  };
}

/**
 * The original: the digest of `latest`, then the digest of every version tag one by one
 * (`regctl image digest` in a loop), the match is the current version, then `sort -V`.
 */
export async function decideOriginal(
  repository: string,
  version: string,
): Promise<{ reason: string; previousVersion: string; requests: number }> {
  const registry = new RegistryClient();
  const repo: ImageReference = parseReference(repository);
  const latest = await registry.headManifest(withTag(repo, 'latest'));
  let current: string | undefined;
  for (const tag of await registry.listTags(repo)) {
    if (!versionOfImageTag(tag, { kind: 'auto' })) continue;
    const digest = (await registry.headManifest(withTag(repo, tag)))?.digest;
    if (digest === latest?.digest) current = tag;
  }
  const newer = !current || compareVersions(parseVersion(version)!, parseVersion(current)!) > 0;
  return { reason: newer ? 'newer' : 'not-newer', previousVersion: current ?? '', requests: registry.stats.requests };
}
