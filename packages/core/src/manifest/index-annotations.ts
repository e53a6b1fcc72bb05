// The `annotations` input: `key=value` lines for the index. Keys may carry buildx's level prefix
// (`index:`, `manifest:`, `manifest-descriptor:`, `index-descriptor:`, with an optional
// `[platform]`), as build-info's `annotations` output and docker/metadata-action write them, so
// those outputs can be passed straight in: unprefixed and `index:` keys go on the index; the
// other levels belong to the per-platform build and are left out (and reported).

/**
 * What an `annotations` input key may look like, in build-info and manifest-merge alike: an
 * annotation name, optionally with buildx's level prefix and `[platform]`.
 */
export const ANNOTATION_INPUT_KEY =
  /^(?:(index|manifest|manifest-descriptor|index-descriptor)(?:\[[A-Za-z0-9_/.,-]+\])?:)?([A-Za-z0-9_.\-/]+)$/;

/** The annotations for the index, and the keys left out because they name another level. */
export function indexAnnotations(lines: ReadonlyMap<string, string>): {
  annotations: Record<string, string>;
  skipped: string[];
} {
  const annotations: Record<string, string> = {};
  const skipped: string[] = [];
  for (const [key, value] of lines) {
    const match = ANNOTATION_INPUT_KEY.exec(key);
    if (!match) {
      skipped.push(key);
      continue;
    }
    const [, level, name] = match;
    if (level === undefined || level === 'index') annotations[name] = value;
    else skipped.push(key);
  }
  return { annotations, skipped };
}
