// The job summary and the json output of a merge.
import { buildIndex } from '@cib/core/manifest/index-document';
import type { MergeEntry } from '@cib/core/manifest/merge-entry';
import type { MergeResult } from '@cib/core/manifest/merge';
import { formatSize, mergeJson, mergeOutputs, mergeSummary } from '@cib/core/manifest/merge-report';
import { planPushes } from '@cib/core/manifest/push-plan';

const repo = { registry: 'ghcr.io', repository: 'org/app' };
const d = (n: number) => 'sha256:' + String(n).repeat(64);
const image: MergeEntry = {
  source: 'ghcr.io/org/app:1-arm64',
  repository: repo,
  attestation: false,
  descriptor: {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: d(1),
    size: 400,
    platform: { os: 'linux', architecture: 'arm64' },
  },
  manifest: {
    bytes: Buffer.from('{}'),
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: d(1),
    json: {
      schemaVersion: 2,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: d(2), size: 1000 },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: d(3), size: 3 * 1024 * 1024 }],
    },
  },
};
const attestation: MergeEntry = {
  source: 'ghcr.io/org/app:1-arm64',
  repository: repo,
  attestation: true,
  descriptor: {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: d(4),
    size: 566,
    platform: { os: 'unknown', architecture: 'unknown' },
    annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': d(1) },
  },
};

function result(): MergeResult {
  const index = buildIndex([image.descriptor, attestation.descriptor], { format: 'oci' });
  const tags = [{ ...repo, tag: '1' }];
  return {
    index,
    sources: [],
    entries: [image, attestation],
    platforms: ['linux/arm64'],
    plan: planPushes(index, [image, attestation], tags),
    images: [`ghcr.io/org/app:1@${index.digest}`],
  };
}

test.each([
  [0, '0 B'],
  [1023, '1023 B'],
  [1536, '1.5 KiB'],
  [3 * 1024 * 1024 + 1000, '3.0 MiB'],
  [250 * 1024 * 1024, '250 MiB'],
])('formatSize(%d) = %s', (bytes, shown) => {
  expect(formatSize(bytes)).toBe(shown);
});

test('summary: one row per manifest (image size when known, attestations named after their image), then the tags', () => {
  const r = result();
  const summary = mergeSummary(r, false);
  expect(summary).toContain('| Platform | Source | Digest | Size |');
  expect(summary).toContain(`| linux/arm64 | ghcr.io/org/app:1-arm64 | \`${d(1)}\` | 3.0 MiB |`);
  expect(summary).toContain(`| attestation (linux/arm64) | ghcr.io/org/app:1-arm64 | \`${d(4)}\` | 566 B (manifest) |`);
  expect(summary).toContain(`pushed to:\n\n- \`ghcr.io/org/app:1@${r.index.digest}\``);
  expect(mergeSummary(r, true)).toContain('dry run: nothing pushed');
});

test('outputs: the index digest, images and platforms comma-separated, the media type, the json', () => {
  const r = result();
  expect(mergeOutputs(r, true)).toEqual({
    digest: r.index.digest,
    images: r.images.join(','),
    platforms: 'linux/arm64',
    'media-type': 'application/vnd.oci.image.index.v1+json',
    json: mergeJson(r, true),
  });
});

test('json output', () => {
  const r = result();
  expect(JSON.parse(mergeJson(r, false))).toEqual({
    digest: r.index.digest,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    size: r.index.size,
    dryRun: false,
    images: r.images,
    platforms: ['linux/arm64'],
    annotations: {},
    manifests: [
      {
        source: image.source,
        digest: d(1),
        mediaType: image.descriptor.mediaType,
        size: 400,
        platform: 'linux/arm64',
        attestation: false,
      },
      {
        source: image.source,
        digest: d(4),
        mediaType: image.descriptor.mediaType,
        size: 566,
        platform: 'unknown/unknown',
        attestation: true,
      },
    ],
  });
});
