// Generated org.opencontainers.image.* labels and annotations, and the user's lines merged over them.
import { formatKeyValueLines, mergeMetadata, ociMetadata } from '@cib/core/build-info/oci-labels';
import { ANNOTATION_INPUT_KEY } from '@cib/core/manifest/index-annotations';
import type { BuildInfo } from '@cib/core/build-info/record';

const info: BuildInfo = {
  version: '1.2.3',
  imageTag: '1.2.3',
  commit: 'ffac537e6cbbf934b08745a378932722df287a53',
  shortCommit: 'ffac537',
  ref: 'refs/tags/v1.2.3',
  buildDate: '2025-09-08T16:32:44Z',
  cacheBust: 'x',
  runId: '1',
  runUrl: '',
  repository: 'octo-org/octo-app',
  repositoryUrl: 'https://github.com/octo-org/octo-app',
};

describe('ociMetadata', () => {
  test('the six generated keys', () => {
    expect(Object.fromEntries(ociMetadata(info))).toEqual({
      'org.opencontainers.image.created': '2025-09-08T16:32:44Z',
      'org.opencontainers.image.revision': info.commit,
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.source': 'https://github.com/octo-org/octo-app',
      'org.opencontainers.image.url': 'https://github.com/octo-org/octo-app',
      'org.opencontainers.image.title': 'octo-app',
    });
  });

  test('outside CI (no repository) the empty keys are left out, not written empty', () => {
    const keys = [...ociMetadata({ ...info, repository: '', repositoryUrl: '' }).keys()];
    expect(keys).toEqual([
      'org.opencontainers.image.created',
      'org.opencontainers.image.revision',
      'org.opencontainers.image.version',
    ]);
  });
});

describe('mergeMetadata', () => {
  test.each([
    ['no user lines: generated only', [], 6, {}],
    [
      'a user value replaces a generated one in place',
      [['org.opencontainers.image.title', 'My App']],
      6,
      { 'org.opencontainers.image.title': 'My App' },
    ],
    [
      'a new user key follows the generated ones',
      [['org.opencontainers.image.licenses', 'MIT']],
      7,
      { 'org.opencontainers.image.licenses': 'MIT' },
    ],
  ] as const)('%s', (_, user, size, expected) => {
    const merged = mergeMetadata(ociMetadata(info), new Map(user));
    expect(merged.size).toBe(size);
    expect(Object.fromEntries(merged)).toMatchObject(expected);
    expect([...merged.keys()][0]).toBe('org.opencontainers.image.created');
  });

  test('formatted as key=value lines', () => {
    const merged = mergeMetadata(ociMetadata(info), new Map([['com.example.team', 'web']]));
    const lines = formatKeyValueLines(merged).split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe('org.opencontainers.image.created=2025-09-08T16:32:44Z');
    expect(lines[6]).toBe('com.example.team=web');
  });
});

describe('annotation keys', () => {
  test.each([
    ['org.opencontainers.image.description', true],
    ['index:org.opencontainers.image.description', true],
    ['manifest[linux/amd64]:org.opencontainers.image.title', true],
    ['manifest-descriptor:com.example', true],
    ['layer:foo', false],
    ['has space', false],
  ])('%s -> %p', (key, valid) => {
    expect(ANNOTATION_INPUT_KEY.test(key)).toBe(valid);
  });
});
