// Big reports for bench/quality-gate.mjs, written into a temporary folder at bench time (never
// committed): an lcov tracefile with many records whose SF entries repeat (to be merged), a Trivy
// JSON report with long descriptions and findings repeated across targets (to be de-duplicated),
// and a JUnit file of many suites with a few failures and one CDATA section over 10 MB. Each
// generator streams to disk and stops at the asked size.
import { createWriteStream } from 'node:fs';

/** Writes chunks from `next()` until `bytes` are written; resolves with the size written. */
async function writeUntil(path, bytes, head, next, tail) {
  const out = createWriteStream(path);
  let written = 0;
  const write = async (text) => {
    written += Buffer.byteLength(text);
    if (!out.write(text)) await new Promise((resolve) => out.once('drain', resolve));
  };
  await write(head);
  for (let i = 0; written < bytes; i++) await write(next(i));
  await write(tail);
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
  return written;
}

/** lcov: 2,000 source files, each appearing in many records (as per-test tracefiles concatenated). */
export function writeLcov(path, bytes) {
  return writeUntil(
    path,
    bytes,
    '',
    (record) => {
      const file = record % 2000;
      const lines = [`TN:test${record % 7}`, `SF:/home/runner/work/app/app/src/pkg${file % 50}/file${file}.c`];
      lines.push(
        `FN:1,fn${file}_a`,
        `FN:30,fn${file}_b`,
        `FNDA:${record % 3},fn${file}_a`,
        `FNDA:0,fn${file}_b`,
        'FNF:2',
      );
      lines.push(`FNH:${record % 3 ? 1 : 0}`);
      for (let line = 1; line <= 60; line++) lines.push(`DA:${line},${(line * 7 + record) % 5}`);
      for (let b = 0; b < 4; b++)
        lines.push(`BRDA:${b * 10 + 2},0,${b},${(b + record) % 3 === 0 ? '-' : (b + record) % 4}`);
      lines.push('BRF:4', 'BRH:2', 'LF:60', 'LH:48', 'end_of_record', '');
      return lines.join('\n');
    },
    '',
  );
}

const DESCRIPTION =
  'A flaw was found in the "parser" where a crafted input {with [brackets]} and \\ escapes ' +
  'could lead to an out-of-bounds read. '.repeat(6);

/** Trivy JSON: 200 targets of 250 vulnerabilities; 20,000 distinct id+package pairs. */
export function writeTrivy(path, bytes) {
  const severities = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
  let n = 0;
  return writeUntil(
    path,
    bytes,
    '{"SchemaVersion":2,"ArtifactName":"bench:1","ArtifactType":"container_image","Results":[',
    (target) => {
      const vulns = [];
      for (let i = 0; i < 250; i++, n++) {
        const id = n % 20000;
        vulns.push(
          JSON.stringify({
            VulnerabilityID: `CVE-2024-${String(id).padStart(5, '0')}`,
            PkgName: `lib${id % 997}`,
            PkgIdentifier: { PURL: `pkg:deb/debian/lib${id % 997}@1.${id % 13}` },
            InstalledVersion: `1.${id % 13}`,
            FixedVersion: id % 4 === 0 ? '' : `1.${(id % 13) + 1}`,
            Severity: severities[id % 5],
            Title: `lib${id % 997}: issue ${id}`,
            Description: DESCRIPTION,
            References: [
              `https://security-tracker.debian.org/tracker/CVE-2024-${id}`,
              `https://nvd.nist.gov/vuln/detail/CVE-2024-${id}`,
            ],
          }),
        );
      }
      return `${target ? ',' : ''}{"Target":"target ${target}","Class":"os-pkgs","Type":"debian","Vulnerabilities":[${vulns.join(',')}]}`;
    },
    ']}',
  );
}

/** JUnit: suites of 100 cases with some output; every 997th case fails; one failure with 12 MB of CDATA. */
export function writeJunit(path, bytes) {
  let bigDone = false;
  return writeUntil(
    path,
    bytes,
    '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bench">\n',
    (suite) => {
      const cases = [`<testsuite name="suite${suite}" tests="100">`];
      for (let i = 0; i < 100; i++) {
        const id = suite * 100 + i;
        const attrs = `classname="com.acme.Suite${suite}" name="test ${id} &amp; more" time="0.001" file="src/s${suite}.test.js" line="${i + 1}"`;
        if (id % 997 === 0) {
          const text =
            !bigDone && suite > 10 ? 'x'.repeat(12 * 1024 * 1024) : `AssertionError at src/s${suite}.test.js:${i + 1}`;
          bigDone ||= suite > 10;
          cases.push(
            `<testcase ${attrs}><failure message="expected 1 to equal 2" type="AssertionError"><![CDATA[${text}]]></failure></testcase>`,
          );
        } else if (id % 101 === 0) cases.push(`<testcase ${attrs}><skipped/></testcase>`);
        else
          cases.push(`<testcase ${attrs}><system-out>log line for ${id}: ${'.'.repeat(120)}</system-out></testcase>`);
      }
      cases.push('</testsuite>\n');
      return cases.join('\n');
    },
    '</testsuites>\n',
  );
}
