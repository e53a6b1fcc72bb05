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

describe('parseTagPrefix refuses what cannot start an image tag', () => {
  it.each(['x | touch /tmp/pwned', 'x\ntouch', 'a/b', ':v', '.v', '-v', 'v'.repeat(128)])('%j', (prefix) => {
    expect(() => parseTagPrefix(prefix)).toThrow(
      `Input "tag-prefix" is ${JSON.stringify(prefix.length > 120 ? `${prefix.slice(0, 120)}… (${prefix.length} characters)` : prefix)}: expected auto, none, or the start of an image tag`,
    );
  });
  it.each(['v', 'release-', 'V_', '0.'])('%j is a literal prefix', (prefix) => {
    expect(parseTagPrefix(prefix)).toEqual({ kind: 'literal', prefix });
  });
});
