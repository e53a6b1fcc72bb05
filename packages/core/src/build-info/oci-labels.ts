// OCI image labels and annotations (org.opencontainers.image.*) generated from a build-info
// record, and the merge with the user's own `key=value` lines: the user's value wins.
import type { BuildInfo } from './record';

const PREFIX = 'org.opencontainers.image.';

/** The generated keys: created, revision, version, source, url, title; empty values left out. */
export function ociMetadata(info: BuildInfo): Map<string, string> {
  const title = info.repository.split('/').pop() ?? '';
  const entries: Array<[string, string]> = [
    ['created', info.buildDate],
    ['revision', info.commit],
    ['version', info.version],
    ['source', info.repositoryUrl],
    ['url', info.repositoryUrl],
    ['title', title],
  ];
  return new Map(entries.filter(([, value]) => value !== '').map(([key, value]) => [PREFIX + key, value]));
}

/** `generated` with `user` merged over it: generated keys keep their place, new keys follow. */
export function mergeMetadata(generated: ReadonlyMap<string, string>, user: ReadonlyMap<string, string>) {
  const merged = new Map(generated);
  for (const [key, value] of user) merged.set(key, value);
  return merged;
}

/** `key=value` lines, the form docker/build-push-action's `labels` and `annotations` take. */
export function formatKeyValueLines(values: ReadonlyMap<string, string>): string {
  return [...values].map(([key, value]) => `${key}=${value}`).join('\n');
}
