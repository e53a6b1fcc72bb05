// The error for a report file that cannot be read as its format: names the file and, where the
// parser knows it, the line, so the user can open the file at the right place.
import { CibError } from '../errors/cib-error';

/** A report file that is malformed or of an unknown format (user-fixable). */
export class ReportError extends CibError {
  readonly file: string;
  readonly line?: number;
  constructor(file: string, problem: string, options: { line?: number; hint?: string } = {}) {
    const where = options.line ? `${file}:${options.line}` : file;
    super(`Report ${where}: ${problem}`, { hint: options.hint });
    this.name = 'ReportError';
    this.file = file;
    this.line = options.line;
  }
}
