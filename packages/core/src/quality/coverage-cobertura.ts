// Reads Cobertura XML (coverage.py, istanbul/jest, gcovr, JaCoCo converters). Lines are counted
// from each class's <line> elements, not from the rounded `line-rate` attributes; lines repeated
// under <methods> are skipped (they duplicate the class's lines); the same file in several
// classes or several reports is merged. The root's lines-covered/lines-valid count only when a
// report has no <line> at all (some producers omit them or write NaN: then nothing is counted).
// Functions are the classes' <method> elements (coverage.py writes none), keyed by name and
// signature so Java overloads stay apart; a method is hit by its `hits` attribute (istanbul, c8
// and vitest write one; Cobertura's DTD has none) or else by any of its lines being hit.
import type { CoverageSet, FileCoverage } from './coverage';
import { numberAttribute, streamXml } from './xml-stream';

const CONDITION = /\((\d+)\/(\d+)\)/;

/** Adds every class of the Cobertura report `path` to `set`. */
export async function readCobertura(path: string, set: CoverageSet): Promise<void> {
  set.formats.add('cobertura');
  let file: FileCoverage | undefined;
  let inMethods = 0;
  let method: { key: string; hits: number | undefined; lineHit: boolean } | undefined;
  let sawLines = false;
  let root: { lines?: number; covered?: number; branches?: number; branchesCovered?: number } = {};
  await streamXml(path, {
    open(element) {
      switch (element.name) {
        case 'coverage':
          root = {
            lines: numberAttribute(element, 'lines-valid'),
            covered: numberAttribute(element, 'lines-covered'),
            branches: numberAttribute(element, 'branches-valid'),
            branchesCovered: numberAttribute(element, 'branches-covered'),
          };
          return;
        case 'class':
          file = set.file(element.attributes.filename ?? element.attributes.name ?? '');
          return;
        case 'methods':
          inMethods++;
          return;
        case 'method':
          if (file && element.attributes.name !== undefined) {
            const key = `${element.attributes.name}${element.attributes.signature ?? ''}`;
            method = { key, hits: numberAttribute(element, 'hits'), lineHit: false };
          }
          return;
        case 'line': {
          if (method && (numberAttribute(element, 'hits') ?? 0) > 0) method.lineHit = true;
          if (!file || inMethods > 0) return;
          const line = numberAttribute(element, 'number');
          if (line === undefined) return;
          sawLines = true;
          file.line(line, numberAttribute(element, 'hits') ?? 0);
          const condition = CONDITION.exec(element.attributes['condition-coverage'] ?? '');
          if (element.attributes.branch === 'true' && condition) {
            file.branchesOnLine(line, { found: Number(condition[2]), hit: Number(condition[1]) });
          }
          return;
        }
      }
    },
    close(name) {
      if (name === 'methods') inMethods--;
      else if (name === 'method' && method) {
        file?.functionHits(method.key, method.hits ?? (method.lineHit ? 1 : 0));
        method = undefined;
      } else if (name === 'class') file = undefined;
    },
  });
  if (!sawLines && root.lines !== undefined && root.covered !== undefined) {
    const totals = set.file(`${path} (report totals)`);
    totals.lineTotals({ found: root.lines, hit: root.covered });
    if (root.branches !== undefined && root.branchesCovered !== undefined) {
      totals.branchTotals({ found: root.branches, hit: root.branchesCovered });
    }
    set.withoutLineData.add('cobertura');
  }
}
