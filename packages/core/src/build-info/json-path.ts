// Reads a field out of a JSON document by a dotted path (`git_commit`, `build.git.commit`,
// `builds.0.commit`), for verify mode.

/** The value at `path` in `document`, or undefined. A key that itself contains dots is found too. */
export function readJsonPath(document: unknown, path: string): unknown {
  if (isObject(document) && Object.hasOwn(document, path)) return document[path];
  let current: unknown = document;
  for (const segment of path.split('.')) {
    if (Array.isArray(current) && /^\d+$/.test(segment)) current = current[Number(segment)];
    else if (isObject(current) && Object.hasOwn(current, segment)) current = current[segment];
    else return undefined;
  }
  return current;
}

/** Whether `path` is a usable dotted path: non-empty segments. */
export function isJsonPath(path: string): boolean {
  return /^[^.\s]+(\.[^.\s]+)*$/.test(path);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
