// Release versions as tags write them: semver (`1.2.3`, `v1.2.3-rc.1+build.5`) and the loose
// forms the seeds' pipelines use (`1.8.7alpha`, `1.2`, `V2`). One parser and one ordering for
// everything that compares releases, so `latest` and the floating tags agree with each other.

/** A parsed version. `precision` says how many numeric parts the text had (1, 2 or 3). */
export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** Prerelease identifiers (`rc.1` -> ['rc', 1]; loose `alpha2` -> ['alpha', 2]); empty for a release. */
  prerelease: Array<string | number>;
  /** The prerelease suffix as written, without its separator (`alpha`, `rc.1`); '' for a release. */
  suffix: string;
  /** Build metadata after `+`; ignored when comparing, as semver says. */
  build: string;
  precision: 1 | 2 | 3;
  /** The text parsed, as given. */
  raw: string;
}

// Numeric parts without leading zeros (a leading zero makes `01` and `1` the same tag name
// differently, which we refuse rather than guess). The suffix may follow `-` (semver), `.`
// or nothing when it starts with a letter (`1.8.7alpha`, `1.8.7.rc1`); a digit-only part after a
// dot would be a fourth number (`1.2.3.4`), which is not a version we can order.
const NUM = '(0|[1-9]\\d*)';
const VERSION_PATTERN = new RegExp(
  `^[vV]?${NUM}(?:\\.${NUM})?(?:\\.${NUM})?` +
    '(?:-([0-9A-Za-z][0-9A-Za-z.-]*)|\\.?([A-Za-z][0-9A-Za-z.-]*))?' +
    '(?:\\+([0-9A-Za-z][0-9A-Za-z.-]*))?$',
);

/** Splits a suffix into identifiers: on `.` and `-`, then between letters and digits (`alpha2`). */
function prereleaseIdentifiers(suffix: string): Array<string | number> {
  if (suffix === '') return [];
  const identifiers: Array<string | number> = [];
  for (const part of suffix.split(/[.-]/)) {
    if (part === '') continue;
    for (const run of part.match(/\d+|\D+/g) ?? []) {
      identifiers.push(/^\d+$/.test(run) ? Number(run) : run.toLowerCase());
    }
  }
  return identifiers;
}

/** Parses a version in the forms above; undefined when `text` is not one. */
export function parseVersion(text: string): Version | undefined {
  const match = VERSION_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [, major, minor, patch, dashSuffix, looseSuffix, build] = match;
  const suffix = dashSuffix ?? looseSuffix ?? '';
  // `1.2.3-` or `1.2.3-rc.` would leave empty identifiers: not a version.
  if (/[.-]$/.test(suffix) || /[.-]{2}/.test(suffix)) return undefined;
  return {
    major: Number(major),
    minor: Number(minor ?? 0),
    patch: Number(patch ?? 0),
    prerelease: prereleaseIdentifiers(suffix),
    suffix,
    build: build ?? '',
    precision: patch !== undefined ? 3 : minor !== undefined ? 2 : 1,
    raw: text.trim(),
  };
}

function compareIdentifiers(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return Math.sign(a - b);
  // Semver: numeric identifiers sort before alphanumeric ones.
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders two versions as semver does: numbers first, then a release above its prereleases,
 * prereleases identifier by identifier (so `1.8.7alpha < 1.8.7 < 1.8.10 < 1.9.0`). Build metadata
 * is ignored. Returns a negative number, 0 or a positive number.
 */
export function compareVersions(a: Version, b: Version): number {
  const numbers = Math.sign(a.major - b.major) || Math.sign(a.minor - b.minor) || Math.sign(a.patch - b.patch);
  if (numbers !== 0) return numbers;
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    // A release sorts above its prereleases; two releases are equal.
    return Number(a.prerelease.length === 0) - Number(b.prerelease.length === 0);
  }
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    if (i >= a.prerelease.length) return -1;
    if (i >= b.prerelease.length) return 1;
    const c = compareIdentifiers(a.prerelease[i], b.prerelease[i]);
    if (c !== 0) return c;
  }
  return 0;
}

/** The floating tags a release belongs to: `1.9.1` -> ['1', '1.9']. */
export function floatingTagNames(v: Version): string[] {
  return [`${v.major}`, `${v.major}.${v.minor}`];
}
