// Reads Clover XML (istanbul/jest, OpenClover). Lines come from each file's <line> elements
// (stmt and cond lines; method lines are the functions), branches and methods from the file's
// <metrics>: istanbul writes a cond line's truecount/falsecount as covered/uncovered branches
// while OpenClover writes how often the condition was true/false, so only the metrics mean the
// same thing in both. Files are merged by path.
import type { CoverageSet, FileCoverage } from './coverage';
import { numberAttribute, streamXml } from './xml-stream';

/** Adds every file of the Clover report `path` to `set`. */
export async function readClover(path: string, set: CoverageSet): Promise<void> {
  set.formats.add('clover');
  let file: FileCoverage | undefined;
  await streamXml(path, {
    open(element) {
      if (element.name === 'file') {
        file = set.file(element.attributes.path || element.attributes.name || '');
        return;
      }
      if (!file) return;
      if (element.name === 'metrics') {
        const conditionals = numberAttribute(element, 'conditionals');
        if (conditionals !== undefined) {
          file.branchTotals({ found: conditionals, hit: numberAttribute(element, 'coveredconditionals') ?? 0 });
        }
        const methods = numberAttribute(element, 'methods');
        if (methods !== undefined) {
          file.functionTotals({ found: methods, hit: numberAttribute(element, 'coveredmethods') ?? 0 });
        }
        const statements = numberAttribute(element, 'statements');
        if (statements !== undefined) {
          file.lineTotals({ found: statements, hit: numberAttribute(element, 'coveredstatements') ?? 0 });
        }
      } else if (element.name === 'line' && element.attributes.type !== 'method') {
        const line = numberAttribute(element, 'num');
        if (line !== undefined) file.line(line, numberAttribute(element, 'count') ?? 0);
      }
    },
    close(name) {
      if (name === 'file') file = undefined;
    },
  });
}
