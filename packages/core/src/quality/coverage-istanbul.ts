// Reads istanbul's json-summary (jest/nyc/c8 `--coverageReporters json-summary`): per-file
// counts of lines, branches and functions, without per-line data (patch coverage says so). Counts
// are used, never `pct`, which is the string "Unknown" when a file has nothing to count. The
// "total" entry is skipped: totals are recounted from the files, so merged reports add up.
import type { CoverageSet } from './coverage';
import { selectJson } from './json-select';
import { ReportError } from './report-error';

interface Metric {
  total?: number;
  covered?: number;
}

function count(metric: Metric | undefined): { found: number; hit: number } | undefined {
  if (!metric || typeof metric.total !== 'number' || typeof metric.covered !== 'number') return undefined;
  return { found: metric.total, hit: metric.covered };
}

/** Adds every file of the json-summary `path` to `set`. */
export async function readIstanbulSummary(path: string, set: CoverageSet): Promise<void> {
  set.formats.add('istanbul-json-summary');
  set.withoutLineData.add('istanbul-json-summary');
  await selectJson(path, ['$.*'], (value, [key]) => {
    if (key === 'total') return;
    const entry = value as { lines?: Metric; branches?: Metric; functions?: Metric } | null;
    const lines = count(entry?.lines ?? undefined);
    if (!lines) throw new ReportError(path, `entry ${JSON.stringify(key)} has no lines {total, covered}`);
    const file = set.file(String(key));
    file.lineTotals(lines);
    const branches = count(entry?.branches);
    if (branches) file.branchTotals(branches);
    const functions = count(entry?.functions);
    if (functions) file.functionTotals(functions);
  });
}
