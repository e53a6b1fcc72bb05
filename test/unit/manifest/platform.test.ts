// Platforms: how users write them, and when two of them are the same platform.
import {
  formatPlatform,
  isAttestationDescriptor,
  normalisePlatform,
  parsePlatform,
  platformKey,
} from '@cib/core/manifest/platform';

describe('parsePlatform', () => {
  test.each([
    ['linux/amd64', { os: 'linux', architecture: 'amd64' }],
    ['linux/arm/v7', { os: 'linux', architecture: 'arm', variant: 'v7' }],
    [' linux/arm64/v8 ', { os: 'linux', architecture: 'arm64', variant: 'v8' }],
    ['windows/amd64', { os: 'windows', architecture: 'amd64' }],
  ])('%s', (text, expected) => {
    expect(parsePlatform(text)).toEqual(expected);
  });

  test.each(['linux', 'linux/', 'linux/arm/v7/extra', 'linux amd64', '/amd64', ''])('%j is not a platform', (text) => {
    expect(parsePlatform(text)).toBeUndefined();
  });
});

describe('normalisePlatform: the same platform written differently compares equal', () => {
  test.each([
    ['linux/arm64/v8', 'linux/arm64'],
    ['linux/aarch64', 'linux/arm64'],
    ['linux/arm64', 'linux/arm64'],
    ['linux/x86_64', 'linux/amd64'],
    ['linux/amd64/v1', 'linux/amd64'],
    ['linux/amd64/v3', 'linux/amd64/v3'],
    ['linux/arm', 'linux/arm/v7'],
    ['linux/arm/7', 'linux/arm/v7'],
    ['linux/armhf', 'linux/arm/v7'],
    ['linux/armel', 'linux/arm/v6'],
    ['linux/arm/v6', 'linux/arm/v6'],
    ['linux/i386', 'linux/386'],
    ['Linux/AMD64', 'linux/amd64'],
    ['linux/s390x', 'linux/s390x'],
  ])('%s -> %s', (written, normal) => {
    expect(formatPlatform(normalisePlatform(parsePlatform(written)!))).toBe(normal);
  });

  test('different variants stay different platforms', () => {
    expect(platformKey({ os: 'linux', architecture: 'arm', variant: 'v6' })).not.toBe(
      platformKey({ os: 'linux', architecture: 'arm', variant: 'v7' }),
    );
  });

  test('the Windows os.version is part of the platform', () => {
    const ltsc2019 = { os: 'windows', architecture: 'amd64', 'os.version': '10.0.17763.1' };
    const ltsc2022 = { os: 'windows', architecture: 'amd64', 'os.version': '10.0.20348.1' };
    expect(platformKey(ltsc2019)).not.toBe(platformKey(ltsc2022));
  });
});

describe('isAttestationDescriptor', () => {
  const base = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: 'sha256:' + 'a'.repeat(64), size: 1 };
  test.each([
    ['buildx attestation manifest', { 'vnd.docker.reference.type': 'attestation-manifest' }, true],
    ['other reference type', { 'vnd.docker.reference.type': 'signature' }, false],
    ['no annotations', undefined, false],
  ])('%s', (_name, annotations, expected) => {
    expect(isAttestationDescriptor({ ...base, annotations })).toBe(expected);
  });
});
