// The baseline a run is compared with: the metrics of the last run on the default branch (line
// and branch coverage, vulnerability counts and the keys of the findings, for new-only). Kept in
// a file, in the Actions cache (baseline-cache.ts), or not at all; a store hands it over.
// The finding keys are kept as 8-byte hashes (finding-keys.ts) in one base64 string,
// `findingHashes`: a million keys take 11 MB of JSON and 16 MB of memory, where the list of key
// strings (`findings`, written before) took ~100 MB to load. Baselines with that list still load;
// the version stays 1, since a reader that does not know `findingHashes` just counts every finding.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CibError } from '../errors/cib-error';
import type { KeyHashes } from './finding-keys';
import type { SeverityCounts } from './vulnerability';

export interface Baseline {
  version: 1;
  createdAt: string;
  commit: string;
  lineCoverage?: number;
  branchCoverage?: number;
  vulnerabilities?: SeverityCounts;
  /**
   * The key hashes of every finding the filters let through: base64 of 8 bytes each, the first
   * 8 bytes of SHA-1 of findingKey() (`id NUL package`, UTF-8).
   */
  findingHashes?: string | KeyHashes;
  /** The same as findingKey() strings, as earlier versions wrote it (read, no longer written). */
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
    throw new CibError(`Baseline ${source} (input "baseline") is not JSON: ${(error as Error).message}`, {
      hint: 'Point baseline at a report-json file an earlier quality-gate run wrote, or use baseline: none',
    });
  }
  return checkBaseline(value, source);
}

/** Checks an already parsed baseline's version. */
function checkBaseline(value: Partial<Baseline> | undefined, source: string): Baseline {
  if (value?.version !== 1)
    throw new CibError(`Baseline ${source} (input "baseline") is not a quality-gate baseline (version 1)`);
  return value as Baseline;
}

/** A baseline kept in a file: read when present, written when saving. */
export function fileBaselineStore(path: string): BaselineStore {
  return {
    description: `file ${path}`,
    async load() {
      if (!existsSync(path)) return undefined;
      const text = readFileSync(path, 'utf8');
      // A report-json file carries its baseline form under "baseline"; anything else that is not
      // JSON gets parseBaseline's error, which says what the file should be.
      // Parsed once: findingHashes can be megabytes of base64.
      let parsed: (Partial<Baseline> & { baseline?: Partial<Baseline> }) | null;
      try {
        parsed = JSON.parse(text) as typeof parsed;
      } catch {
        return parseBaseline(text, path);
      }
      return checkBaseline(
        parsed && typeof parsed === 'object' && parsed.baseline ? parsed.baseline : (parsed ?? undefined),
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
