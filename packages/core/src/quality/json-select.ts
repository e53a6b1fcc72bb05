// Streams a JSON report through @streamparser/json and hands over only the values at chosen paths
// (a Trivy vulnerability, a Grype match, a SARIF result), so memory holds one such value at a
// time, never the report: JSON.parse on a 100 MB Trivy report needs several times that. The
// parser builds every value as it passes and drops it once complete (keepStack: false), so a
// selected value must be a whole entry, not fields of one, or the rest of the entry would stay.
// Measured against the hand-written reader it replaced, the whole action on bench/quality-gate's
// 100 MB Trivy report, runs alternating on a shared machine: peak RSS 85-88 MB before, 86-87 MB
// after; CPU time 1.9 s before, 2.1 s after (1.1x; the same on a 135 MB indented copy). The
// file is read into one reused buffer (file-chunks.ts): through a read stream, spent chunks held
// 60-70 MB more at a million SARIF results. The library is loaded only when a JSON report is read.
import { reportGcNudge } from '../runtime-memory/gc-nudge';
import { fileChunks } from './file-chunks';
import { ReportError } from './report-error';
import { STREAM_CHUNK_BYTES } from './line-stream';

export type JsonPathPart = string | number;

/**
 * Strings are gathered in a buffer of this size rather than by concatenating pieces: without it
 * the parser's piecewise strings took the parse of a 100 MB Trivy report from 68 to 127 MB RSS.
 */
const STRING_BUFFER_BYTES = 64 * 1024;

/**
 * Reads `file`, calling `onValue` with every value at one of `paths` (JSONPath as the library
 * takes it: `$.Results.*.Vulnerabilities.*`, `*` for any key or index) and the value's path.
 */
export async function selectJson(
  file: string,
  paths: readonly string[],
  onValue: (value: unknown, path: JsonPathPart[]) => void,
): Promise<void> {
  const [{ JSONParser, TokenizerError, TokenParserError }, nudge] = await Promise.all([
    import('@streamparser/json'),
    reportGcNudge(),
  ]);
  const parser = new JSONParser({ paths: [...paths], keepStack: false, stringBufferSize: STRING_BUFFER_BYTES });
  parser.onValue = ({ value, key, stack }) => {
    const path: JsonPathPart[] = [];
    // stack[0] is the root, which has no key.
    for (let i = 1; i < stack.length; i++) path.push(stack[i].key as JsonPathPart);
    if (key !== undefined) path.push(key);
    onValue(value, path);
  };
  try {
    for await (const chunk of fileChunks(file, STREAM_CHUNK_BYTES)) {
      // The parser copies what it keeps (its string buffer, a character cut by the chunk's end),
      // so the buffer can take the next read.
      parser.write(chunk);
      // The values built from the chunk are garbage now (gc-nudge.ts).
      nudge.passedBytes(chunk.length);
    }
    if (!parser.isEnded) parser.end();
  } catch (error) {
    // The parser's own errors are the report's fault; a reader's (thrown from onValue) pass on.
    // The parser reports a document cut short with a plain Error, known by its words.
    if (error instanceof Error && CUT_SHORT.test(error.message)) {
      throw new ReportError(file, 'malformed JSON: the file ends inside the document (cut short?)');
    }
    if (error instanceof TokenizerError || error instanceof TokenParserError) {
      throw new ReportError(file, `malformed JSON: ${error.message}`);
    }
    throw error;
  }
}

const CUT_SHORT = /^(Parser ended in mid-parsing|Tokenizer ended in the middle of a token)/;
