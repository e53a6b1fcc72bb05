// Big reports for bench/quality-gate.mjs and the hardening suite's huge inputs, written to disk by
// streaming writes (never built in memory) and stopped at the asked size: an lcov tracefile whose
// SF entries repeat (to be merged), a Trivy JSON report with long descriptions and findings
// repeated across targets (to be de-duplicated), a JUnit file of many suites with failures
// carrying long messages and one CDATA section over 10 MB, and Trivy and SARIF reports of a given
// number of distinct findings. Each writer returns the totals a reader must find, counted by the
// generator itself as it writes (never by a parser), so a test can hold the action to them.
import { createWriteStream } from 'node:fs';

export type SeverityCounts = Record<'critical' | 'high' | 'medium' | 'low' | 'unknown', number>;
export interface TestCounts {
  tests: number;
  failures: number;
  skipped: number;
}

const MB = 1024 * 1024;

/** Writes `head`, chunks from `next(i)` until it returns undefined, then `tail`; resolves with the bytes. */
export async function writeStreamed(
  path: string,
  head: string,
  next: (i: number, written: number) => string | undefined,
  tail: string,
): Promise<number> {
  const out = createWriteStream(path);
  let written = 0;
  const write = async (text: string) => {
    written += Buffer.byteLength(text);
    if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  };
  await write(head);
  for (let i = 0; ; i++) {
    const chunk = next(i, written);
    if (chunk === undefined) break;
    await write(chunk);
  }
  await write(tail);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return written;
}

/** lcov: 2,000 source files, each appearing in many records (as per-test tracefiles concatenated). */
export function writeLcov(path: string, bytes: number): Promise<number> {
  return writeStreamed(
    path,
    '',
    (record, written) => {
      if (written >= bytes) return undefined;
      const file = record % 2000;
      const lines = [`TN:test${record % 7}`, `SF:/home/runner/work/app/app/src/pkg${file % 50}/file${file}.c`];
      lines.push(`FN:1,fn${file}_a`, `FN:30,fn${file}_b`, `FNDA:${record % 3},fn${file}_a`, `FNDA:0,fn${file}_b`);
      lines.push('FNF:2', `FNH:${record % 3 ? 1 : 0}`);
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
const TRIVY_SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] as const;
const counted = (): SeverityCounts => ({ critical: 0, high: 0, medium: 0, low: 0, unknown: 0 });
const lower = (severity: string) => severity.toLowerCase() as keyof SeverityCounts;

/** Trivy JSON of about `bytes`: targets of 250 vulnerabilities cycling through 20,000 id+package pairs. */
export async function writeTrivy(path: string, bytes: number): Promise<{ bytes: number; distinct: SeverityCounts }> {
  const distinct = counted();
  const seen = new Set<number>();
  let n = 0;
  const written = await writeStreamed(
    path,
    '{"SchemaVersion":2,"ArtifactName":"bench:1","ArtifactType":"container_image","Results":[',
    (target, written) => {
      if (written >= bytes) return undefined;
      const vulns: string[] = [];
      for (let i = 0; i < 250; i++, n++) {
        const id = n % 20000;
        const severity = TRIVY_SEVERITIES[id % 5];
        if (!seen.has(id)) {
          seen.add(id);
          distinct[lower(severity)]++;
        }
        vulns.push(
          JSON.stringify({
            VulnerabilityID: `CVE-2024-${String(id).padStart(5, '0')}`,
            PkgName: `lib${id % 997}`,
            PkgIdentifier: { PURL: `pkg:deb/debian/lib${id % 997}@1.${id % 13}` },
            InstalledVersion: `1.${id % 13}`,
            FixedVersion: id % 4 === 0 ? '' : `1.${(id % 13) + 1}`,
            Severity: severity,
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
  return { bytes: written, distinct };
}

/** A failure message far longer than any report keeps (readers cut it). */
const LONG_MESSAGE = `expected the response to equal the fixture: ${'- &quot;field&quot;: &quot;value&quot; &amp; &lt;more&gt; '.repeat(60)}`;

/**
 * JUnit of about `bytes`: suites of 100 cases with some output; every 997th case fails with a long
 * message, every other 101st is skipped; one failure after the tenth suite holds `cdataMb` MB of
 * CDATA (set it below the file's size for small files).
 */
export async function writeJunit(
  path: string,
  bytes: number,
  cdataMb = 12,
): Promise<{ bytes: number; counts: TestCounts; largestCdata: number }> {
  const counts: TestCounts = { tests: 0, failures: 0, skipped: 0 };
  let largestCdata = 0;
  let bigWritten = false;
  const written = await writeStreamed(
    path,
    '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bench">\n',
    (suite, written) => {
      if (written >= bytes) return undefined;
      const cases = [`<testsuite name="suite${suite}" tests="100">`];
      for (let i = 0; i < 100; i++) {
        const id = suite * 100 + i;
        const attrs = `classname="com.acme.Suite${suite}" name="test ${id} &amp; more" time="0.001" file="src/s${suite}.test.js" line="${i + 1}"`;
        counts.tests++;
        if (id % 997 === 0) {
          counts.failures++;
          const big = !bigWritten && suite > 10;
          bigWritten ||= big;
          const text = big ? 'x'.repeat(cdataMb * MB) : `AssertionError at src/s${suite}.test.js:${i + 1}`;
          largestCdata = Math.max(largestCdata, text.length);
          cases.push(
            `<testcase ${attrs}><failure message="${LONG_MESSAGE}" type="AssertionError"><![CDATA[${text}]]></failure></testcase>`,
          );
        } else if (id % 101 === 0) {
          counts.skipped++;
          cases.push(`<testcase ${attrs}><skipped/></testcase>`);
        } else
          cases.push(`<testcase ${attrs}><system-out>log line for ${id}: ${'.'.repeat(120)}</system-out></testcase>`);
      }
      cases.push('</testsuite>\n');
      return cases.join('\n');
    },
    '</testsuites>\n',
  );
  return { bytes: written, counts, largestCdata };
}

/** Trivy JSON with `count` distinct findings (one target per 10,000), short entries. */
export async function writeTrivyFindings(
  path: string,
  count: number,
): Promise<{ bytes: number; distinct: SeverityCounts }> {
  const distinct = counted();
  const perTarget = 10_000;
  const bytes = await writeStreamed(
    path,
    '{"SchemaVersion":2,"ArtifactName":"many:1","ArtifactType":"container_image","Results":[',
    (target) => {
      if (target * perTarget >= count) return undefined;
      const vulns: string[] = [];
      for (let n = target * perTarget; n < Math.min(count, (target + 1) * perTarget); n++) {
        const severity = TRIVY_SEVERITIES[n % 5];
        distinct[lower(severity)]++;
        vulns.push(
          `{"VulnerabilityID":"CVE-2025-${n}","PkgName":"pkg${n % 4099}","InstalledVersion":"1.0","FixedVersion":"${n % 3 ? '1.1' : ''}","Severity":"${severity}","Title":"issue ${n}"}`,
        );
      }
      return `${target ? ',' : ''}{"Target":"layer ${target}","Class":"os-pkgs","Type":"debian","Vulnerabilities":[${vulns.join(',')}]}`;
    },
    ']}',
  );
  return { bytes, distinct };
}

/**
 * SARIF 2.1.0 with `count` distinct results: 100 rules (security-severity 9.5, 8.0, 5.0, 2.0, and
 * none on every fifth, counted by level "error" -> high), each result at its own file and line.
 */
export async function writeSarifFindings(
  path: string,
  count: number,
): Promise<{ bytes: number; distinct: SeverityCounts }> {
  const scores = ['9.5', '8.0', '5.0', '2.0', undefined];
  const bands: Array<keyof SeverityCounts> = ['critical', 'high', 'medium', 'low', 'high'];
  const rules = Array.from({ length: 100 }, (_, r) =>
    JSON.stringify({
      id: `RULE${r}`,
      shortDescription: { text: `rule ${r}` },
      ...(scores[r % 5] ? { properties: { 'security-severity': scores[r % 5] } } : {}),
    }),
  );
  const distinct = counted();
  const perChunk = 10_000;
  const bytes = await writeStreamed(
    path,
    `{"version":"2.1.0","$schema":"https://json.schemastore.org/sarif-2.1.0.json","runs":[{"tool":{"driver":{"name":"many","rules":[${rules.join(',')}]}},"results":[`,
    (chunk) => {
      if (chunk * perChunk >= count) return undefined;
      const results: string[] = [];
      for (let n = chunk * perChunk; n < Math.min(count, (chunk + 1) * perChunk); n++) {
        const rule = n % 100;
        distinct[bands[rule % 5]]++;
        results.push(
          `{"ruleId":"RULE${rule}","ruleIndex":${rule},"level":"error","message":{"text":"finding ${n}"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"src/f${Math.floor(n / 100)}.js"},"region":{"startLine":${(n % 100) + 1}}}}]}`,
        );
      }
      return `${chunk ? ',' : ''}${results.join(',')}`;
    },
    ']}]}',
  );
  return { bytes, distinct };
}
