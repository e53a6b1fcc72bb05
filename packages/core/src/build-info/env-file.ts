// The dotenv file: the record as `KEY=value` lines (VERSION, GIT_COMMIT, BUILD_DATE, ...) for
// GitLab dotenv reports, `docker run --env-file`, compose and shell `set -a; . file`.
//
// Those readers disagree about quotes: GitLab and `docker --env-file` keep them as part of the
// value, dotenv and compose strip them. So a value is written bare whenever it can be (every
// value build-info generates can), and quoted only when it holds characters a shell or dotenv
// parser would otherwise misread.
import { toRecord, type BuildInfo } from './record';
import { isPlainValue } from './plain-value';

const BARE = /^[A-Za-z0-9_.,:/@%+=-]*$/;

/** One value as dotenv writes it: bare, else single-quoted, else double-quoted with escapes. */
export function quoteDotenvValue(value: string): string {
  if (!isPlainValue(value)) throw new Error(`A dotenv value must be one line: ${JSON.stringify(value)}`);
  if (BARE.test(value)) return value;
  if (!value.includes("'")) return `'${value}'`;
  return `"${value.replace(/[\\"$`]/g, (c) => `\\${c}`)}"`;
}

/** The dotenv text: the record's keys upper-cased, one line each. */
export function renderEnvFile(info: BuildInfo): string {
  return (
    // Spread into a plain object so that its values are typed as the strings they are.
    Object.entries<string>({ ...toRecord(info) })
      .map(([key, value]) => `${key.toUpperCase()}=${quoteDotenvValue(value)}`)
      .join('\n') + '\n'
  );
}
