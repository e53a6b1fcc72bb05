// The baseline a run is compared with: the metrics of the last run on the default branch (line
// and branch coverage, vulnerability counts and the keys of the findings, for new-only). Kept in
// a file, in the Actions cache (baseline-cache.ts), or not at all; a store hands it over.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CibError } from '../errors/cib-error';
import type { SeverityCounts } from './vulnerability';

export interface Baseline {
  version: 1;
  createdAt: string;
  commit: string;
  lineCoverage?: number;
  branchCoverage?: number;
  vulnerabilities?: SeverityCounts;
  /** findingKey() of every counted finding. */
  findings?: string[];
  tests?: number;
  metrics?: Record<string, number>;
}

export interface BaselineStore {
  /** Describes where the baseline comes from, for the report. */
  readonly description: string;
  load(): Promise<Baseline | undefined>;
  save(baseline: Baseline): Promise<void>;
}

/** Checks the parsed JSON of a baseline; a wrong one is a user-fixable error naming `source`. */
export function parseBaseline(text: string, source: string): Baseline {
  let value: Partial<Baseline>;
  try {
    value = JSON.parse(text) as Partial<Baseline>;
  } catch (error) {
    throw new CibError(`Baseline ${source} is not JSON: ${(error as Error).message}`, {
      hint: 'Point baseline at a report-json file an earlier quality-gate run wrote, or use baseline: none',
    });
  }
  if (value?.version !== 1) throw new CibError(`Baseline ${source} is not a quality-gate baseline (version 1)`);
  return value as Baseline;
}

/** A baseline kept in a file: read when present, written when saving. */
export function fileBaselineStore(path: string): BaselineStore {
  return {
    description: `file ${path}`,
    async load() {
      if (!existsSync(path)) return undefined;
      const text = readFileSync(path, 'utf8');
      // A report-json file carries its baseline form under "baseline".
      const parsed = JSON.parse(text) as { baseline?: unknown };
      return parseBaseline(
        parsed && typeof parsed === 'object' && parsed.baseline ? JSON.stringify(parsed.baseline) : text,
        path,
      );
    },
    async save(baseline) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, `${JSON.stringify(baseline, null, 2)}\n`);
    },
  };
}

export const noBaselineStore: BaselineStore = {
  description: 'none',
  load: async () => undefined,
  save: async () => undefined,
};
