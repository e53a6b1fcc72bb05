// The annotations input: plain keys and buildx's `index:` level go on the index; other levels
// (written for the per-platform build) are left out, so build-info's output can be passed as is.
import { indexAnnotations } from '@cib/core/manifest/index-annotations';

test.each([
  {
    name: 'plain keys',
    lines: [['org.opencontainers.image.version', '1.2.3']],
    annotations: { 'org.opencontainers.image.version': '1.2.3' },
    skipped: [],
  },
  {
    name: 'the index: level, prefix dropped',
    lines: [['index:org.opencontainers.image.description', 'An app']],
    annotations: { 'org.opencontainers.image.description': 'An app' },
    skipped: [],
  },
  {
    name: 'other levels left out',
    lines: [
      ['manifest:org.opencontainers.image.title', 'app'],
      ['manifest[linux/amd64]:org.opencontainers.image.title', 'app'],
      ['manifest-descriptor:a', 'b'],
      ['index-descriptor:c', 'd'],
      ['org.opencontainers.image.revision', 'abc123'],
    ],
    annotations: { 'org.opencontainers.image.revision': 'abc123' },
    skipped: [
      'manifest:org.opencontainers.image.title',
      'manifest[linux/amd64]:org.opencontainers.image.title',
      'manifest-descriptor:a',
      'index-descriptor:c',
    ],
  },
])('$name', ({ lines, annotations, skipped }) => {
  const result = indexAnnotations(new Map(lines as Array<[string, string]>));
  expect(result).toEqual({ annotations, skipped });
});
