// Hostile XML reports for quality-gate (issue 13, point 6): nesting far deeper than any tool
// writes, "billion laughs" entity expansion in a DOCTYPE, and external entities pointing at a
// local file holding a marker or at a local HTTP server. Deep files are streamed to disk.
import { writeFileSync } from 'node:fs';
import { writeStreamed } from '../../support/big-reports';

/** JUnit with `depth` suites nested in each other around one passing and one failing test case. */
export async function writeDeepJunit(path: string, depth: number): Promise<void> {
  const step = 10_000;
  const opens = (from: number) =>
    Array.from({ length: Math.min(step, depth - from) }, (_, i) => `<testsuite name="s${from + i}">`).join('');
  await writeStreamed(
    path,
    '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>',
    (i) => {
      const chunks = Math.ceil(depth / step);
      if (i < chunks) return opens(i * step);
      if (i === chunks)
        return '<testcase name="deepest passes"/><testcase name="deepest fails"><failure message="deep"/></testcase>';
      if (i <= 2 * chunks) return '</testsuite>'.repeat(Math.min(step, depth - (i - chunks - 1) * step));
      return undefined;
    },
    '</testsuites>\n',
  );
}

/** Cobertura whose one class (10 lines, 7 hit) sits under `depth` nested <packages> elements. */
export async function writeDeepCobertura(path: string, depth: number): Promise<void> {
  const lines = Array.from({ length: 10 }, (_, i) => `<line number="${i + 1}" hits="${i < 7 ? 1 : 0}"/>`).join('');
  const step = 10_000;
  const chunks = Math.ceil(depth / step);
  await writeStreamed(
    path,
    '<?xml version="1.0" ?>\n<coverage line-rate="0.7" branch-rate="0" version="7.4" timestamp="1">',
    (i) => {
      if (i < chunks) return '<packages>'.repeat(Math.min(step, depth - i * step));
      if (i === chunks)
        return `<package name="deep"><classes><class name="deep" filename="src/deep.py" line-rate="0.7"><lines>${lines}</lines></class></classes></package>`;
      if (i <= 2 * chunks) return '</packages>'.repeat(Math.min(step, depth - (i - chunks - 1) * step));
      return undefined;
    },
    '</coverage>\n',
  );
}

/** Ten levels of ten references each: `&lol9;` would be 10^9 "lol"s, 3 GB of text. */
function laughs(root: string, extra = ''): string {
  const levels = ['<!ENTITY lol0 "lol">'];
  for (let level = 1; level < 10; level++) levels.push(`<!ENTITY lol${level} "${`&lol${level - 1};`.repeat(10)}">`);
  return `<!DOCTYPE ${root}${extra} [\n  ${levels.join('\n  ')}\n]>`;
}

/** JUnit whose failing test's name, message and text are `&lol9;`. */
export function writeLaughsJunit(path: string): void {
  writeFileSync(
    path,
    `<?xml version="1.0"?>\n${laughs('testsuites')}\n<testsuites><testsuite name="laughs"><testcase name="t &lol9;"><failure message="&lol9;">&lol9;</failure></testcase></testsuite></testsuites>\n`,
  );
}

/** JaCoCo with its usual PUBLIC DOCTYPE plus an internal subset of laughs, used in the report's name and a file name. */
export function writeLaughsJacoco(path: string): void {
  writeFileSync(
    path,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${laughs('report', ' PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"')}\n` +
      '<report name="&lol9;"><package name="com/acme"><sourcefile name="&lol9;.java"><line nr="1" mi="0" ci="3" mb="0" cb="0"/>' +
      '</sourcefile></package></report>\n',
  );
}

/** The ways an external entity can point at `canary` (a file) or `url` (a server), per format. */
export function externalEntityReports(
  canary: string,
  url: string,
): Array<{ name: string; input: string; xml: string }> {
  const jacocoBody =
    '<report name="r"><package name="com/acme"><sourcefile name="App.java"><line nr="1" mi="0" ci="3" mb="0" cb="0"/>' +
    '<line nr="2" mi="2" ci="0" mb="0" cb="0"/><counter type="METHOD" missed="0" covered="1"/></sourcefile></package></report>';
  const junitBody = (text: string) =>
    `<testsuites><testsuite name="x"><testcase name="t"><failure message="m">${text}</failure></testcase></testsuite></testsuites>`;
  return [
    {
      name: 'JUnit with a SYSTEM file entity',
      input: 'test-files',
      xml: `<?xml version="1.0"?>\n<!DOCTYPE testsuites [ <!ENTITY leak SYSTEM "file://${canary}"> ]>\n${junitBody('&leak;')}`,
    },
    {
      name: 'JUnit with a SYSTEM http entity',
      input: 'test-files',
      xml: `<?xml version="1.0"?>\n<!DOCTYPE testsuites [ <!ENTITY remote SYSTEM "${url}entity"> ]>\n${junitBody('&remote;')}`,
    },
    {
      name: 'JUnit with an external DTD and parameter entities',
      input: 'test-files',
      xml: `<?xml version="1.0"?>\n<!DOCTYPE testsuites SYSTEM "${url}junit.dtd" [ <!ENTITY % dtd SYSTEM "${url}param"> %dtd; ]>\n${junitBody('plain')}`,
    },
    {
      name: 'JaCoCo with its DTD at a server',
      input: 'coverage-files',
      xml: `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "${url}report.dtd">\n${jacocoBody}`,
    },
    {
      name: 'JaCoCo with a SYSTEM file entity in a name',
      input: 'coverage-files',
      xml: `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE report [ <!ENTITY leak SYSTEM "file://${canary}"> ]>\n${jacocoBody.replace('App.java', '&leak;.java')}`,
    },
  ];
}
