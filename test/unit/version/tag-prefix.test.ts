import { candidateImageTags, parseTagPrefix, versionOfImageTag } from '@cib/core/version/tag-prefix';

describe('candidateImageTags', () => {
  it.each([
    ['1.2.3', '', ['1.2.3', 'v1.2.3']],
    ['v1.2.3', 'auto', ['v1.2.3', '1.2.3']],
    ['v1.2.3', 'none', ['1.2.3']],
    ['1.2.3', 'v', ['v1.2.3']],
    ['v1.2.3', 'release-', ['release-1.2.3']],
    ['nightly', '', ['nightly']],
    ['vnext', 'auto', ['vnext']],
  ])('version %s with tag-prefix %j -> %j', (version, prefix, tags) => {
    expect(candidateImageTags(version, parseTagPrefix(prefix))).toEqual(tags);
  });
});

describe('versionOfImageTag', () => {
  it.each([
    ['1.2.3', 'auto', '1.2.3'],
    ['v1.2.3', 'auto', '1.2.3'],
    ['latest', 'auto', undefined],
    ['sha-1a2b3c4', 'auto', undefined],
    ['release-1.2.3', 'release-', '1.2.3'],
    ['1.2.3', 'release-', undefined],
  ])('%s with tag-prefix %j -> %s', (tag, prefix, expected) => {
    const version = versionOfImageTag(tag, parseTagPrefix(prefix));
    expect(version ? `${version.major}.${version.minor}.${version.patch}` : undefined).toBe(expected);
  });
});
