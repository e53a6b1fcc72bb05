// Coverage of the lines a change adds: each added line that the coverage reports instrument is
// covered or not. Report paths and repository paths rarely agree exactly (lcov writes absolute
// paths, Go writes module paths, Cobertura paths relative to a source folder), so a report file
// matches a changed file when one path ends with the other at a folder boundary.
import type { AddedLines } from './added-lines';
import type { Count, CoverageSet, FileCoverage } from './coverage';

export interface UncoveredLines {
  file: string;
  lines: number[];
}

export interface PatchCoverage {
  lines: Count;
  uncovered: UncoveredLines[];
  /** Changed files that no coverage report mentions with line data. */
  unmatched: string[];
}

const norm = (path: string) => path.replace(/\\/g, '/').replace(/^\.\//, '');

function endsWithPath(long: string, short: string): boolean {
  return long === short || long.endsWith(`/${short}`);
}

/** Index of the coverage files by their base name, for a cheap first match. */
function byBaseName(set: CoverageSet): Map<string, FileCoverage[]> {
  const index = new Map<string, FileCoverage[]>();
  for (const file of set.files.values()) {
    if (!file.hasLineData) continue;
    const base = norm(file.path).split('/').pop() ?? '';
    index.set(base, [...(index.get(base) ?? []), file]);
  }
  return index;
}

/** The patch coverage of `added` against `set`. */
export function patchCoverage(set: CoverageSet, added: AddedLines): PatchCoverage {
  const index = byBaseName(set);
  const result: PatchCoverage = { lines: { found: 0, hit: 0 }, uncovered: [], unmatched: [] };
  for (const [path, lines] of added) {
    const changed = norm(path);
    const candidates = index.get(changed.split('/').pop() ?? '') ?? [];
    const file = candidates
      .filter((c) => endsWithPath(norm(c.path), changed) || endsWithPath(changed, norm(c.path)))
      // The longest common match wins (src/a.js over a.js).
      .sort((a, b) => b.path.length - a.path.length)[0];
    if (!file) {
      result.unmatched.push(path);
      continue;
    }
    const uncovered: number[] = [];
    for (const line of lines) {
      const hits = file.hitsAt(line);
      if (hits === undefined) continue;
      result.lines.found++;
      if (hits > 0) result.lines.hit++;
      else uncovered.push(line);
    }
    if (uncovered.length > 0) result.uncovered.push({ file: path, lines: uncovered });
  }
  return result;
}
