// Reads lcov tracefiles (geninfo's format, written by lcov, c8/nyc/istanbul, coverage.py, ...)
// line by line into a CoverageSet. A file that comes again (the same SF in several records, as
// after `lcov -a` or per-test tracefiles) is merged the way lcov merges it: hits add up per line,
// per branch (line, block, branch) and per function name, and totals are recounted from the
// merged lines, so they equal `lcov --summary` of the same file.
// Quirks: `DA:<line>,<count>,<checksum>` (geninfo --checksum), `BRDA:...,-` (branch never
// evaluated), lcov 2's `FN:<start>,<end>,<name>` and `FNA:<index>,<count>,<name>`. LF/LH, BRF/BRH
// and FNF/FNH only count when a record has no DA, BRDA or FN lines.
import type { CoverageSet, FileCoverage } from './coverage';
import { parseUint, visitLines } from './line-stream';
import { ReportError } from './report-error';

interface RecordTotals {
  lf?: number;
  lh?: number;
  brf?: number;
  brh?: number;
  fnf?: number;
  fnh?: number;
  sawLines: boolean;
  sawBranches: boolean;
  sawFunctions: boolean;
}

const newRecord = (): RecordTotals => ({ sawLines: false, sawBranches: false, sawFunctions: false });

/** Adds every record of the lcov file `path` to `set`. */
export async function readLcov(path: string, set: CoverageSet): Promise<void> {
  set.formats.add('lcov');
  let file: FileCoverage | undefined;
  let record = newRecord();
  const fail = (problem: string, line: number): never => {
    throw new ReportError(path, problem, { line, hint: 'lcov lines look like DA:<line>,<count>' });
  };
  /** A count from bytes; rare forms (a negative or fractional count from some gcov versions) decoded. */
  const count = (bytes: Buffer, start: number, end: number, line: number): number => {
    const value = parseUint(bytes, start, end);
    return Number.isNaN(value) ? number(bytes.toString('latin1', start, end), line) : value;
  };
  const number = (text: string, line: number): number => {
    const parsed = text.trim() === '' ? Number.NaN : Number(text);
    return Number.isFinite(parsed) ? Math.max(0, parsed) : fail(`"${text}" is not a number`, line);
  };
  const needFile = (line: number): FileCoverage => file ?? fail('data before any SF: line', line);

  await visitLines(path, (bytes, start, end, lineNumber) => {
    if (end - start < 3) return;
    // DA:<line>,<count>[,<checksum>] is most of any tracefile: parsed from the bytes, no string.
    if (bytes[start] === 68 && bytes[start + 1] === 65 && bytes[start + 2] === 58) {
      let comma = start + 3;
      while (comma < end && bytes[comma] !== 44) comma++;
      if (comma >= end) fail('DA needs <line>,<count>', lineNumber);
      let countEnd = comma + 1;
      while (countEnd < end && bytes[countEnd] !== 44) countEnd++;
      needFile(lineNumber).line(
        count(bytes, start + 3, comma, lineNumber),
        count(bytes, comma + 1, countEnd, lineNumber),
      );
      record.sawLines = true;
      return;
    }
    const text = bytes.toString('utf8', start, end);
    const colon = text.indexOf(':');
    const tag = colon === -1 ? text.trim() : text.slice(0, colon);
    const value = colon === -1 ? '' : text.slice(colon + 1);
    switch (tag) {
      case 'SF':
        file = set.file(value);
        record = newRecord();
        return;
      case 'end_of_record':
        if (file) applyRecordTotals(file, record);
        file = undefined;
        return;
      case 'BRDA': {
        // <line>,<block>,<branch>,<taken|-> ; lcov 2 may put an expression name in <branch>.
        const last = value.lastIndexOf(',');
        if (last === -1) fail('BRDA needs <line>,<block>,<branch>,<taken>', lineNumber);
        const taken = value.slice(last + 1);
        needFile(lineNumber).branch(value.slice(0, last), taken === '-' ? undefined : number(taken, lineNumber));
        record.sawBranches = true;
        return;
      }
      case 'FN': {
        const name = value.replace(/^\d+,(\d+,)?/, '');
        needFile(lineNumber).functionHits(name, 0);
        record.sawFunctions = true;
        return;
      }
      case 'FNDA': {
        const comma = value.indexOf(',');
        if (comma === -1) fail('FNDA needs <count>,<name>', lineNumber);
        needFile(lineNumber).functionHits(value.slice(comma + 1), number(value.slice(0, comma), lineNumber));
        record.sawFunctions = true;
        return;
      }
      case 'FNA': {
        const match = /^\d+,([^,]+),(.*)$/.exec(value) ?? fail('FNA needs <index>,<count>,<name>', lineNumber);
        needFile(lineNumber).functionHits(match[2], number(match[1], lineNumber));
        record.sawFunctions = true;
        return;
      }
      case 'LF':
      case 'LH':
      case 'BRF':
      case 'BRH':
      case 'FNF':
      case 'FNH':
        record[tag.toLowerCase() as 'lf'] = number(value, lineNumber);
        return;
      case 'TN':
      case 'VER':
      case 'FNL':
      case 'MSG':
        return;
      default:
        fail(`unknown lcov line "${text.slice(0, 40)}"`, lineNumber);
    }
  });
  // A last record without end_of_record still counts, as lcov reads it.
  if (file) applyRecordTotals(file, record);
}

function applyRecordTotals(file: FileCoverage, record: RecordTotals): void {
  if (!record.sawLines && record.lf !== undefined) file.lineTotals({ found: record.lf, hit: record.lh ?? 0 });
  if (!record.sawBranches && record.brf !== undefined) file.branchTotals({ found: record.brf, hit: record.brh ?? 0 });
  if (!record.sawFunctions && record.fnf !== undefined) {
    file.functionTotals({ found: record.fnf, hit: record.fnh ?? 0 });
  }
}
