// The bytes of the merged index: what goes in, in which order, and what the Docker format refuses.
import { createHash } from 'node:crypto';
import { buildIndex } from '@cib/core/manifest/index-document';
import { InputError } from '@cib/core/errors/input-error';
import type { Descriptor } from '@cib/core/registry/manifest-types';

const amd64: Descriptor = {
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest: 'sha256:' + '1'.repeat(64),
  size: 481,
  platform: { os: 'linux', architecture: 'amd64' },
};
const arm64: Descriptor = {
  size: 482,
  platform: { variant: 'v8', os: 'linux', architecture: 'arm64' },
  digest: 'sha256:' + '2'.repeat(64),
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
};

describe('buildIndex', () => {
  test('OCI index: exact bytes, manifests in the given order, annotations sorted, fields in spec order', () => {
    const index = buildIndex([amd64, arm64], {
      format: 'oci',
      annotations: { 'org.opencontainers.image.version': '1.2.3', 'org.opencontainers.image.description': 'demo' },
    });
    expect(index.bytes.toString()).toBe(
      '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[' +
        `{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"${amd64.digest}","size":481,"platform":{"architecture":"amd64","os":"linux"}},` +
        `{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"${arm64.digest}","size":482,"platform":{"architecture":"arm64","os":"linux","variant":"v8"}}],` +
        '"annotations":{"org.opencontainers.image.description":"demo","org.opencontainers.image.version":"1.2.3"}}',
    );
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(index.digest).toBe('sha256:' + createHash('sha256').update(index.bytes).digest('hex'));
    expect(index.size).toBe(index.bytes.length);
  });

  test('Docker manifest list: its media type, no annotations field', () => {
    const index = buildIndex([amd64], { format: 'docker' });
    expect(index.mediaType).toBe('application/vnd.docker.distribution.manifest.list.v2+json');
    expect(JSON.parse(index.bytes.toString())).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json',
      manifests: [{ mediaType: amd64.mediaType, digest: amd64.digest, size: 481, platform: amd64.platform }],
    });
  });

  test('Docker format with annotations is refused, naming the input', () => {
    expect(() =>
      buildIndex([amd64], { format: 'docker', annotations: { 'org.opencontainers.image.version': '1' } }),
    ).toThrow(InputError);
    expect(() => buildIndex([amd64], { format: 'docker', annotations: { a: '1', 'b.c': 'two words' } })).toThrow(
      /^Input "annotations" is "a=1\\nb\.c=two words": expected no annotations when "format" is docker/,
    );
  });

  test('attestation descriptors keep their annotations', () => {
    const attestation: Descriptor = {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: 'sha256:' + '3'.repeat(64),
      size: 566,
      platform: { os: 'unknown', architecture: 'unknown' },
      annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': amd64.digest },
    };
    const index = buildIndex([amd64, attestation], { format: 'oci' });
    expect(index.json.manifests[1].annotations).toEqual(attestation.annotations);
    expect(index.json.annotations).toBeUndefined();
  });

  test('the same descriptors built differently give the same digest', () => {
    const reordered: Descriptor = {
      size: 481,
      digest: amd64.digest,
      platform: { architecture: 'amd64', os: 'linux' },
      mediaType: amd64.mediaType,
    };
    expect(buildIndex([reordered], { format: 'oci' }).digest).toBe(buildIndex([amd64], { format: 'oci' }).digest);
  });
});
