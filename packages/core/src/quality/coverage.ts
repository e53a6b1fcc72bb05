// The coverage every format reader fills in: one record per source file, merged when a file comes
// again (the same SF in lcov, the same class in two Cobertura files, the same Go block under
// -coverpkg). Totals are counts summed over files (covered lines / lines), never an average of
// per-file percentages, which weighs a 3-line file like a 3,000-line one.
import { detach } from './detach';

export type CoverageFormat = 'lcov' | 'cobertura' | 'istanbul-json-summary' | 'clover' | 'jacoco' | 'go';

export interface Count {
  found: number;
  hit: number;
}

const NO_LINE = -1;

/** One source file's coverage; per-line hits when the format has them. */
export class FileCoverage {
  /** hits[line] (1-based), NO_LINE where the line is not instrumented. */
  private hits = new Float64Array(0);
  private lineCount: Count | undefined;
  private branchKeys: Map<string, number> | undefined;
  private branchLines: Map<number, Count> | undefined;
  private branchCount: Count | undefined;
  private functions: Map<string, number> | undefined;
  private functionCount: Count | undefined;
  /** Go blocks by "startLine.startCol,endLine.endCol": statements and count. */
  private blocks: Map<string, { start: number; end: number; statements: number; count: number }> | undefined;

  constructor(readonly path: string) {}

  /** Adds hits for a line (hits of repeated records add up, as lcov merges them). */
  line(line: number, hits: number): void {
    if (line >= this.hits.length) this.grow(line);
    const current = this.hits[line];
    this.hits[line] = current === NO_LINE ? hits : current + hits;
  }

  private grow(line: number): void {
    const next = new Float64Array(Math.max(line + 1, this.hits.length * 2, 64)).fill(NO_LINE);
    next.set(this.hits);
    this.hits = next;
  }

  /** For formats that only give counts: a repeated file keeps the better count. */
  lineTotals(count: Count): void {
    this.lineCount = betterCount(this.lineCount, count);
  }

  /** One branch (lcov BRDA) by its key; taken undefined for '-' (never evaluated). */
  branch(key: string, taken: number | undefined): void {
    this.branchKeys ??= new Map();
    const current = this.branchKeys.get(key);
    this.branchKeys.set(key, (current ?? 0) + (taken ?? 0));
  }

  /** Branch outcomes of one line (Cobertura condition-coverage, JaCoCo mb/cb, Clover cond). */
  branchesOnLine(line: number, count: Count): void {
    this.branchLines ??= new Map();
    this.branchLines.set(line, betterCount(this.branchLines.get(line), count));
  }

  branchTotals(count: Count): void {
    this.branchCount = betterCount(this.branchCount, count);
  }

  functionHits(name: string, hits: number): void {
    this.functions ??= new Map();
    this.functions.set(name, (this.functions.get(name) ?? 0) + hits);
  }

  functionTotals(count: Count): void {
    this.functionCount = betterCount(this.functionCount, count);
  }

  /** A Go cover profile block; repeated blocks (-coverpkg) add their counts. */
  block(range: string, start: number, end: number, statements: number, count: number): void {
    this.blocks ??= new Map();
    const current = this.blocks.get(range);
    if (current) current.count += count;
    else this.blocks.set(range, { start, end, statements, count });
  }

  /** True when patch coverage can use this file (the format gave lines or Go blocks). */
  get hasLineData(): boolean {
    return this.blocks !== undefined || this.hits.length > 0;
  }

  /** Hits of one line: undefined when the line is not instrumented or no line data exists. */
  hitsAt(line: number): number | undefined {
    if (this.blocks) {
      let found = false;
      let hit = 0;
      for (const block of this.blocks.values()) {
        if (block.statements > 0 && line >= block.start && line <= block.end) {
          found = true;
          hit = Math.max(hit, block.count);
        }
      }
      return found ? hit : undefined;
    }
    const value = line < this.hits.length ? this.hits[line] : NO_LINE;
    return value === NO_LINE ? undefined : value;
  }

  /** Lines (statements for Go) found and hit. */
  lines(): Count {
    if (this.blocks) {
      const count = { found: 0, hit: 0 };
      for (const block of this.blocks.values()) {
        count.found += block.statements;
        if (block.count > 0) count.hit += block.statements;
      }
      return count;
    }
    if (this.hits.length === 0) return this.lineCount ?? { found: 0, hit: 0 };
    let found = 0;
    let hit = 0;
    for (let i = 0; i < this.hits.length; i++) {
      const value = this.hits[i];
      if (value === NO_LINE) continue;
      found++;
      if (value > 0) hit++;
    }
    return { found, hit };
  }

  branches(): Count {
    if (!this.branchKeys && !this.branchLines) return this.branchCount ?? { found: 0, hit: 0 };
    const count = { found: 0, hit: 0 };
    for (const taken of this.branchKeys?.values() ?? []) {
      count.found++;
      if (taken > 0) count.hit++;
    }
    for (const line of this.branchLines?.values() ?? []) {
      count.found += line.found;
      count.hit += line.hit;
    }
    return count;
  }

  functionsCount(): Count {
    if (!this.functions) return this.functionCount ?? { found: 0, hit: 0 };
    const count = { found: 0, hit: 0 };
    for (const hits of this.functions.values()) {
      count.found++;
      if (hits > 0) count.hit++;
    }
    return count;
  }
}

function betterCount(current: Count | undefined, next: Count): Count {
  if (!current) return { ...next };
  return next.hit > current.hit || (next.hit === current.hit && next.found < current.found) ? { ...next } : current;
}

export interface CoverageTotals {
  lines: Count;
  branches: Count;
  functions: Count;
  files: number;
}

/** Every file of every coverage report, merged by path. */
export class CoverageSet {
  readonly files = new Map<string, FileCoverage>();
  readonly formats = new Set<CoverageFormat>();
  /** Formats that gave no per-line data (patch coverage cannot use them). */
  readonly withoutLineData = new Set<CoverageFormat>();

  file(path: string): FileCoverage {
    let file = this.files.get(path);
    if (!file) {
      // Copied: an XML reader's path is a view into its whole read chunk.
      const own = detach(path);
      file = new FileCoverage(own);
      this.files.set(own, file);
    }
    return file;
  }

  totals(): CoverageTotals {
    const totals: CoverageTotals = {
      lines: { found: 0, hit: 0 },
      branches: { found: 0, hit: 0 },
      functions: { found: 0, hit: 0 },
      files: this.files.size,
    };
    for (const file of this.files.values()) {
      add(totals.lines, file.lines());
      add(totals.branches, file.branches());
      add(totals.functions, file.functionsCount());
    }
    return totals;
  }

  /** The `count` files with the lowest line coverage (most uncovered lines first on ties). */
  leastCovered(count: number): Array<{ path: string; lines: Count }> {
    return [...this.files.values()]
      .map((file) => ({ path: file.path, lines: file.lines() }))
      .filter((entry) => entry.lines.found > 0 && entry.lines.hit < entry.lines.found)
      .sort(
        (a, b) =>
          a.lines.hit / a.lines.found - b.lines.hit / b.lines.found ||
          b.lines.found - b.lines.hit - (a.lines.found - a.lines.hit),
      )
      .slice(0, count);
  }
}

function add(total: Count, part: Count): void {
  total.found += part.found;
  total.hit += part.hit;
}

/** A ratio as a percentage; undefined when nothing was found (no rule can judge 0/0). */
export function percent(count: Count): number | undefined {
  return count.found === 0 ? undefined : (count.hit / count.found) * 100;
}

/** Two decimals, cut rather than rounded, so 79.996 shows as 79.99 and never as a passing 80.00. */
export function formatPercent(value: number | undefined): string {
  if (value === undefined) return '';
  return (Math.floor(value * 100 + 1e-9) / 100).toFixed(2);
}
