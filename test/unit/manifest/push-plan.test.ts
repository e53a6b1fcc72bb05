// What a merge plans to write: which manifests get copied into which target repository.
import { buildIndex } from '@cib/core/manifest/index-document';
import type { MergeEntry } from '@cib/core/manifest/merge-entry';
import { describePlan, planPushes } from '@cib/core/manifest/push-plan';
import { formatReference, parseReference } from '@cib/core/registry/reference';

const digest = (n: number) => 'sha256:' + String(n).repeat(64);
function entry(repository: string, n: number): MergeEntry {
  const ref = parseReference(repository);
  return {
    source: `${repository}:src-${n}`,
    repository: { registry: ref.registry, repository: ref.repository },
    attestation: false,
    descriptor: {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: digest(n),
      size: 500,
      platform: { os: 'linux', architecture: `arch${n}` },
    },
  };
}

test.each([
  {
    name: 'everything in one repository: nothing to copy',
    entries: [entry('ghcr.io/org/app', 1), entry('ghcr.io/org/app', 2)],
    tags: ['ghcr.io/org/app:1', 'ghcr.io/org/app:latest'],
    copies: [],
  },
  {
    name: 'two tags in another repository: each manifest copied there once',
    entries: [entry('ghcr.io/org/build', 1), entry('ghcr.io/org/build', 2)],
    tags: ['ghcr.io/org/app:1', 'ghcr.io/org/app:latest'],
    copies: [`ghcr.io/org/app@${digest(1)}`, `ghcr.io/org/app@${digest(2)}`],
  },
  {
    name: 'sources from two repositories into one of them: only the other one is copied',
    entries: [entry('ghcr.io/org/app', 1), entry('ghcr.io/org/build', 2)],
    tags: ['ghcr.io/org/app:1'],
    copies: [`ghcr.io/org/app@${digest(2)}`],
  },
  {
    name: 'a second registry: copies there too',
    entries: [entry('ghcr.io/org/app', 1)],
    tags: ['ghcr.io/org/app:1', 'registry.example:5000/app:1'],
    copies: [`registry.example:5000/app@${digest(1)}`],
  },
])('$name', ({ entries, tags, copies }) => {
  const index = buildIndex(
    entries.map((e) => e.descriptor),
    { format: 'oci' },
  );
  const plan = planPushes(index, entries, tags.map(parseReference));
  expect(plan.copies.map((c) => formatReference(c.to))).toEqual(copies);
  expect(plan.tags.map(formatReference)).toEqual(tags);
  // The plan as printed: copies first, then one index push per tag.
  const lines = describePlan(plan);
  expect(lines).toHaveLength(copies.length + tags.length);
  expect(lines.slice(copies.length).every((l) => l.startsWith(`push index ${index.digest}`))).toBe(true);
});
