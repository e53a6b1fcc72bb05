// The error for a report file that cannot be read as its format: names the file and, where the
// parser knows it, the line, so the user can open the file at the right place.
import { CibError } from '../errors/cib-error';

/** A report file that is malformed or of an unknown format (user-fixable). */
export class ReportError extends CibError {
  readonly file: string;
  readonly line?: number;
  /** The input whose globs named the file, once known (the readers do not know it). */
  readonly input?: string;
  constructor(
    file: string,
    readonly problem: string,
    readonly options: { line?: number; hint?: string; input?: string } = {},
  ) {
    const where = options.line ? `${file}:${options.line}` : file;
    const listed = options.input ? ` (a file of input ${options.input})` : '';
    super(`Report ${where}: ${problem}${listed}`, { hint: options.hint });
    this.name = 'ReportError';
    this.file = file;
    this.line = options.line;
    this.input = options.input;
  }

  /** The same error, naming the input that listed the file. */
  listedBy(input: string): ReportError {
    return new ReportError(this.file, this.problem, { ...this.options, input });
  }
}
