// The ids a user chose to ignore: written in the input (one a line) or read from a file in
// .trivyignore's format (one id a line, `#` comments, an optional `exp:YYYY-MM-DD` after which
// the entry no longer applies, so an ignore cannot outlive its review date silently).
import { existsSync, readFileSync } from 'node:fs';
import { InputError } from '../errors/input-error';

export interface IgnoreList {
  ids: Set<string>;
  /** Entries that have expired, to say so in the report. */
  expired: string[];
}

/** Parses `entries`: a single entry that names an existing file is read as an ignore file. */
export function readIgnoreIds(entries: readonly string[], now: Date, input = 'ignore-ids'): IgnoreList {
  const lines =
    entries.length === 1 && existsSync(entries[0]) ? readFileSync(entries[0], 'utf8').split(/\r?\n/) : [...entries];
  const list: IgnoreList = { ids: new Set(), expired: [] };
  for (const raw of lines) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') continue;
    const [id, ...options] = line.split(/\s+/);
    const expiry = options.find((option) => option.startsWith('exp:'))?.slice(4);
    if (expiry !== undefined) {
      const date = /^\d{4}-\d{2}-\d{2}$/.test(expiry) ? new Date(`${expiry}T00:00:00Z`) : new Date(NaN);
      if (Number.isNaN(date.getTime()))
        throw new InputError(input, line, 'an id, optionally followed by exp:YYYY-MM-DD');
      if (date.getTime() <= now.getTime()) {
        list.expired.push(id);
        continue;
      }
    }
    list.ids.add(id);
  }
  return list;
}
