// Reads Go cover profiles (`go test -coverprofile`, in set, count or atomic mode). Each line is a
// block `file.go:startLine.startCol,endLine.endCol numStatements count`; the same block appears
// once per test binary under -coverpkg and is merged, so statements are counted once. Coverage
// is by statements, as `go tool cover -func` reports it; a line counts as covered for patch
// coverage when a block with statements that spans it ran.
import type { CoverageSet } from './coverage';
import { visitLines } from './line-stream';
import { ReportError } from './report-error';

const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
const MODES = new Set(['set', 'count', 'atomic']);

/** Adds every block of the Go cover profile `path` to `set`. */
export async function readGoProfile(path: string, set: CoverageSet): Promise<void> {
  set.formats.add('go');
  await visitLines(path, (bytes, start, end, lineNumber) => {
    const line = bytes.toString('utf8', start, end).trim();
    if (line === '') return;
    if (line.startsWith('mode:')) {
      // Profiles concatenated from several packages repeat the mode line.
      const mode = line.slice(5).trim();
      if (!MODES.has(mode)) {
        throw new ReportError(path, `unknown cover mode "${mode}" (expected set, count or atomic)`, {
          line: lineNumber,
        });
      }
      return;
    }
    const match = BLOCK.exec(line);
    if (!match) {
      throw new ReportError(path, `not a cover profile block: "${line.slice(0, 80)}"`, {
        line: lineNumber,
        hint: 'Blocks look like pkg/file.go:12.2,14.3 2 1',
      });
    }
    const [, file, startLine, startCol, endLine, endCol, statements, count] = match;
    set
      .file(file)
      .block(
        `${startLine}.${startCol},${endLine}.${endCol}`,
        Number(startLine),
        Number(endLine),
        Number(statements),
        Number(count),
      );
  });
}
