// Reads JaCoCo XML reports. Lines and branches come from each <sourcefile>'s <line nr mi ci mb
// cb> (a line is covered when an instruction on it ran), methods from the sourcefile's METHOD
// counter; the path is the package folder plus the file name (com/acme/App.java). JaCoCo writes
// a DOCTYPE naming report.dtd: it is never loaded (see xml-stream.ts).
import type { CoverageSet, FileCoverage } from './coverage';
import { numberAttribute, streamXml } from './xml-stream';

/** Adds every source file of the JaCoCo report `path` to `set`. */
export async function readJacoco(path: string, set: CoverageSet): Promise<void> {
  set.formats.add('jacoco');
  let packageName = '';
  let file: FileCoverage | undefined;
  let sourceDepth = -1;
  await streamXml(path, {
    open(element, depth) {
      switch (element.name) {
        case 'package':
          packageName = element.attributes.name ?? '';
          return;
        case 'sourcefile': {
          const name = element.attributes.name ?? '';
          file = set.file(packageName ? `${packageName}/${name}` : name);
          sourceDepth = depth;
          return;
        }
        case 'line': {
          const line = numberAttribute(element, 'nr');
          if (!file || line === undefined) return;
          file.line(line, numberAttribute(element, 'ci') ?? 0);
          const missed = numberAttribute(element, 'mb') ?? 0;
          const covered = numberAttribute(element, 'cb') ?? 0;
          if (missed + covered > 0) file.branchesOnLine(line, { found: missed + covered, hit: covered });
          return;
        }
        case 'counter':
          if (file && depth === sourceDepth + 1 && element.attributes.type === 'METHOD') {
            const missed = numberAttribute(element, 'missed') ?? 0;
            const covered = numberAttribute(element, 'covered') ?? 0;
            file.functionTotals({ found: missed + covered, hit: covered });
          }
          return;
      }
    },
    close(name) {
      if (name === 'sourcefile') file = undefined;
      else if (name === 'package') packageName = '';
    },
  });
}
