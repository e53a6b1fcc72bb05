// A floating tag that holds the release of exactly its own version (5.1 holding release 5.1).
import { holdsOwnRelease } from '@cib/core/latest/own-release';
import type { VersionSource } from '@cib/core/latest/outcome';
import { parseVersion } from '@cib/core/version/version';

describe('holdsOwnRelease', () => {
  it.each<[string, string | undefined, VersionSource, boolean]>([
    ['5.1', '5.1', 'label', true],
    ['5.1', 'v5.1', 'annotation', true],
    ['5.1', '5.1+build.3', 'label', true],
    ['6', '6', 'label', true],
    ['6', 'V6', 'annotation', true],
    ['5.1', '5.1.0', 'label', false], // 5.1.0 has a tag of its own
    ['5.1', '5.1.1', 'label', false],
    ['5.1', '5.1-rc.1', 'label', false],
    ['5', '5.1', 'label', false],
    ['5.1', undefined, 'none', true], // no metadata, no other version tag: its only name
    ['5.1', '5.1.0', 'tag-search', false], // another version tag (5.1.0) names the image
    ['5.1', undefined, 'same-digest', false],
  ])('tag %s holding %s (from %s): %s', (tag, version, source, expected) => {
    const behind = { version: version ? parseVersion(version) : undefined, source };
    expect(holdsOwnRelease(tag, behind) !== undefined).toBe(expected);
  });

  it('says where it read the version', () => {
    expect(holdsOwnRelease('5.1', { version: parseVersion('v5.1'), source: 'annotation' })).toBe(
      'v5.1 (its annotation org.opencontainers.image.version says so)',
    );
    expect(holdsOwnRelease('6', { source: 'none' })).toBe('6 (no other version tag names its image)');
  });
});
