// The sample application's logic: a greeting that names the release it comes from.

/** A greeting for `name` from `version`; prereleases and development builds say so. */
export function greeting(name, version) {
  const who = name && name.trim() ? name.trim() : 'world';
  if (!version || version === 'dev') return `Hello, ${who} (development build)`;
  const prerelease = version.includes('-');
  return prerelease ? `Hello, ${who} from ${version} (prerelease)` : `Hello, ${who} from ${version}`;
}

/** The greeting's version part parsed from `<version> <commit>` as the image's /app/VERSION holds it. */
export function parseVersionFile(text) {
  const [version = 'dev', commit = 'unknown'] = text.split(/\s+/).filter(Boolean);
  return { version, commit: commit.slice(0, 12) };
}
