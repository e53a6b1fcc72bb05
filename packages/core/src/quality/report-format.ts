// Recognises a report's format from its first bytes, so users list files without naming formats:
// XML by its root element, JSON by its first key, lcov and Go profiles by their first line.
import { open } from 'node:fs/promises';
import { ReportError } from './report-error';

export type ReportFormat =
  'lcov' | 'go' | 'cobertura' | 'clover' | 'jacoco' | 'istanbul-json-summary' | 'junit' | 'trivy' | 'grype' | 'sarif';

const HEAD_BYTES = 64 * 1024;

async function readHead(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
  } finally {
    await handle.close();
  }
}

/** The root element's name and its opening tag, skipping the prolog, comments and DOCTYPE. */
function xmlRoot(head: string): { name: string; tag: string } | undefined {
  const pattern = /<([A-Za-z_][\w.:-]*)([^>]*)>/g;
  const withoutProlog = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/g, '');
  const match = pattern.exec(withoutProlog);
  return match ? { name: match[1], tag: match[0] } : undefined;
}

function xmlFormat(head: string): ReportFormat | undefined {
  const root = xmlRoot(head);
  if (!root) return undefined;
  switch (root.name) {
    case 'testsuites':
    case 'testsuite':
      return 'junit';
    case 'report':
      return 'jacoco';
    case 'coverage':
      // Both Cobertura and Clover use <coverage>: Clover's has a clover= attribute and <project>.
      return /\bclover=/.test(root.tag) || /<project[\s>]/.test(head) ? 'clover' : 'cobertura';
  }
  return undefined;
}

function jsonFormat(head: string): ReportFormat | undefined {
  if (head.startsWith('[')) return /"Target"\s*:/.test(head) ? 'trivy' : undefined;
  const firstKey = /^\{\s*"((?:[^"\\]|\\.)*)"/.exec(head)?.[1];
  switch (firstKey) {
    case 'SchemaVersion':
      return 'trivy';
    case 'matches':
      return 'grype';
    case 'total':
      return 'istanbul-json-summary';
    case '$schema':
    case 'version':
      return /"runs"\s*:/.test(head) || /sarif/i.test(head.slice(0, 300)) ? 'sarif' : undefined;
  }
  // Keys in another order: look for each format's marks.
  if (/"SchemaVersion"\s*:/.test(head) && /"Results"\s*:/.test(head)) return 'trivy';
  if (/"runs"\s*:/.test(head) && /"2\.1\.0"/.test(head)) return 'sarif';
  if (/"matches"\s*:/.test(head) && /"descriptor"|"artifact"/.test(head)) return 'grype';
  if (/"total"\s*:\s*\{\s*"lines"/.test(head)) return 'istanbul-json-summary';
  return undefined;
}

/** The format of the report at `path`; a ReportError when it is none we read. */
export async function detectFormat(path: string): Promise<ReportFormat> {
  const head = await readHead(path);
  const start = head.trimStart();
  let format: ReportFormat | undefined;
  if (start.startsWith('<')) format = xmlFormat(start);
  else if (start.startsWith('{') || start.startsWith('[')) format = jsonFormat(start);
  else if (/^mode: *(set|count|atomic)\s*$/m.test(start.split('\n', 1)[0])) format = 'go';
  else if (/^(TN|SF|VER):/.test(start)) format = 'lcov';
  if (!format) {
    throw new ReportError(path, start === '' ? 'the file is empty' : 'unrecognised report format', {
      hint:
        'Coverage: lcov, Cobertura, istanbul json-summary, Clover, JaCoCo XML, Go cover profile; ' +
        'vulnerabilities: Trivy JSON, Grype JSON, SARIF; tests: JUnit XML',
    });
  }
  return format;
}
