// Issue 13, point 6, quality-gate's part: huge and nasty reports run through the bundled action
// (dist/, runner harness) with the peak RSS of the action's process measured at its exit. A 1 GB
// JUnit file (many test cases, failures with long messages, a CDATA section over 10 MB) and a
// 100 MB Trivy JSON: the totals the generators counted, under 100 MB. XML nested 100,000 deep,
// "billion laughs" and external entities (a local canary file, a local server that records
// requests): a clear answer, nothing expanded or fetched, the canary's marker nowhere in the
// output. A million findings in Trivy JSON and in SARIF (200,000 in the CI draw): the counts the
// generators counted, under 100 MB plus the next baseline's 8 bytes a finding (every key is kept
// as an 8-byte hash, details of the worst 1,000 only).
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeJunit, writeSarifFindings, writeTrivy, writeTrivyFindings } from '../support/big-reports';
import { runAction, type StepResult } from '../support/runner-harness';
import { drawSettings } from './support/draw';
import { report } from './support/figures';
import {
  externalEntityReports,
  writeDeepCobertura,
  writeDeepJunit,
  writeLaughsJacoco,
  writeLaughsJunit,
} from './support/nasty-reports';

const MB = 1024 * 1024;
/** The bound for the action's process on every report. */
const RSS_LIMIT_MB = 100;
const { draw } = drawSettings();
/** The CI draw reads 200,000 findings per format (a million takes about a minute each here). */
const FINDINGS = draw === 'full' ? 1_000_000 : 200_000;
/**
 * Distinct findings cost memory still: the key table (about 10 bytes a key, finding-keys.ts) and
 * the next baseline's 8-byte hashes. The reading once cost more, outside V8's heap (--trace-gc: at
 * most 14 MB of heap): each 64 KB chunk of a read stream outlived two scavenges and waited for a
 * full collection (60-70 MB of them at a million findings), as did the key table's old arrays; the
 * JSON readers now reuse one buffer (file-chunks.ts) and the table frees old arrays at once. The
 * figures here also paid for a walk of all of /tmp (reports there, the workspace elsewhere: 15-20
 * MB, report-files.ts) and, before peak-rss-probe.cjs read VmHWM, the jest worker's own peak.
 * Measured, the action's own process: 81-87 MB for SARIF, 79-84 MB for Trivy at 200,000 (92-100
 * and 95-110 MB before); 94-102 and 94-99 MB at a million (148-153 and 150-155 MB before; 596-634
 * MB when every finding was kept). Allowed: the baseline's 8 bytes a finding past 100 MB.
 */
const FINDINGS_RSS_LIMIT_MB = RSS_LIMIT_MB + (FINDINGS * 8) / MB;
const MARKER = `cib-canary-${process.pid}-must-never-show`;

let dir: string;
let server: Server;
let url: string;
const requests: string[] = [];
const lines: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cib-huge-reports-'));
  writeFileSync(join(dir, 'canary.txt'), `${MARKER}\n`);
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'application/xml-dtd' });
    res.end(`<!ENTITY served "${MARKER}">`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
  report({
    part: 'huge-inputs',
    line: `quality-gate ${lines.length} cases: ${lines.join('; ')}`,
    counts: { cases: lines.length },
  });
});

const mb = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 2 : 0)} MB`;

/** Runs the gate on `file`; records size, outcome, time and peak RSS for the figures. */
async function gate(
  name: string,
  input: string,
  file: string,
  inputs: Record<string, string> = {},
  readReport?: (path: string) => void,
) {
  const started = Date.now();
  const run = await runAction('quality-gate', {
    inputs: { [input]: file, report: 'summary', baseline: 'none', ...inputs },
    measurePeakRss: true,
    timeoutMs: 900_000,
  });
  const main = run.main;
  const rssMb = (main.peakRssKiB ?? NaN) / 1024;
  const outcome = main.exitCode === 0 ? 'worked' : `refused (${main.errors[0]?.replace(dir, '').slice(0, 110)})`;
  lines.push(
    `${name} ${mb(statSync(file).size)} ${outcome} in ${((Date.now() - started) / 1000).toFixed(1)} s, peak RSS ${rssMb.toFixed(0)} MB`,
  );
  expect(main.signal).toBeNull();
  expect(main.peakRssKiB).toBeGreaterThan(0);
  if (main.exitCode !== 0) {
    expect(main.errors).toHaveLength(1);
    expect(main.errors[0]).not.toMatch(/internal error/i);
  }
  const shown = everything(main);
  if (readReport) readReport(main.outputs['report-json']);
  rmSync(run.runnerDir, { recursive: true, force: true });
  return { main, rssMb, shown };
}

/** Everything the step showed or wrote: stdout, stderr, outputs, summary and its report-json (when small). */
function everything(main: StepResult): string {
  const reportJson = main.outputs['report-json'];
  const json = reportJson && statSync(reportJson).size < 10 * MB ? readFileSync(reportJson, 'utf8') : '';
  return [main.stdout, main.stderr, main.summary, JSON.stringify(main.outputs), json].join('\n');
}

test('a 1 GB JUnit file: the totals the generator wrote, a CDATA section over 10 MB, under 100 MB', async () => {
  const file = join(dir, 'huge-junit.xml');
  const written = await writeJunit(file, 1024 * MB);
  expect(written.largestCdata).toBeGreaterThan(10 * MB);
  const { main, rssMb } = await gate('JUnit', 'test-files', file, { 'max-failures': '1000000000' });
  rmSync(file);
  expect(main.exitCode).toBe(0);
  expect(main.outputs).toMatchObject({
    tests: String(written.counts.tests),
    failures: String(written.counts.failures),
    skipped: String(written.counts.skipped),
  });
  expect(rssMb).toBeLessThan(RSS_LIMIT_MB);
}, 900_000);

test('a 100 MB Trivy JSON: the distinct findings by severity the generator wrote, under 100 MB', async () => {
  const file = join(dir, 'trivy-100mb.json');
  const written = await writeTrivy(file, 100 * MB);
  const { main, rssMb } = await gate('Trivy', 'vulnerability-files', file, { 'max-critical': '1000000000' });
  rmSync(file);
  expect(main.exitCode).toBe(0);
  expect(JSON.parse(main.outputs.vulnerabilities)).toEqual(written.distinct);
  expect(rssMb).toBeLessThan(RSS_LIMIT_MB);
}, 900_000);

test.each([
  ['Trivy', writeTrivyFindings],
  ['SARIF', writeSarifFindings],
])(
  `%s with ${FINDINGS} distinct findings: every one counted by severity`,
  async (format, write) => {
    const file = join(dir, `findings.${format}.json`);
    const written = await write(file, FINDINGS);
    let reportJson: Record<string, unknown> & { counted?: unknown[] } = {};
    const { main, rssMb } = await gate(
      `${format} ${FINDINGS} findings`,
      'vulnerability-files',
      file,
      { 'max-critical': '1000000000', 'max-high': '1000000000' },
      (path) => {
        const json = JSON.parse(readFileSync(path, 'utf8')) as {
          vulnerabilities: typeof reportJson;
          baseline: { findingHashes: string };
        };
        reportJson = json.vulnerabilities;
        // The next baseline: every distinct key as 8 bytes.
        expect(Buffer.from(json.baseline.findingHashes, 'base64')).toHaveLength(8 * FINDINGS);
      },
    );
    rmSync(file);
    expect(main.exitCode).toBe(0);
    expect(JSON.parse(main.outputs.vulnerabilities)).toEqual(written.distinct);
    // Each distinct key is an 8-byte hash (de-duplication and the next baseline); details are
    // kept for the worst 1,000 only, and report-json says how many it left out.
    const total = Object.values(written.distinct).reduce((sum, n) => sum + n, 0);
    expect(total).toBe(FINDINGS);
    expect(reportJson).toMatchObject({ countedOmitted: total - 1000, droppedOmitted: 0, droppedByReason: {} });
    expect(reportJson.counted).toHaveLength(1000);
    expect(rssMb).toBeLessThan(FINDINGS_RSS_LIMIT_MB);
  },
  900_000,
);

test.each([
  ['JUnit suites nested 100,000 deep', 'test-files', writeDeepJunit],
  ['Cobertura packages nested 100,000 deep', 'coverage-files', writeDeepCobertura],
])(
  '%s: refused naming the file and line, under 100 MB',
  async (name, input, write) => {
    const file = join(dir, `deep-${input}.xml`);
    await write(file, 100_000);
    const { main, rssMb } = await gate(name, input, file, { 'max-failures': '10' });
    expect(main.exitCode).toBe(1);
    expect(main.errors[0]).toMatch(new RegExp(`^Report ${file}:\\d+: elements nested more than 1000 deep`));
    expect(rssMb).toBeLessThan(RSS_LIMIT_MB);
  },
  300_000,
);

test.each([
  ['JUnit with billion laughs', 'test-files', writeLaughsJunit],
  ['JaCoCo with billion laughs', 'coverage-files', writeLaughsJacoco],
])('%s: refused naming the file, nothing expanded', async (name, input, write) => {
  const file = join(dir, `laughs-${input}.xml`);
  write(file);
  const { main, rssMb, shown } = await gate(name, input, file);
  expect(main.exitCode).toBe(1);
  expect(main.errors[0]).toContain(file);
  expect(main.errors[0]).toMatch(/never expanded/);
  expect(shown).not.toContain('lollollol');
  expect(rssMb).toBeLessThan(RSS_LIMIT_MB);
});

describe('external entities', () => {
  test.each(externalEntityReports('{canary}', '{url}').map((r) => r.name))(
    '%s: refused naming the file or read without them; no file read, no request',
    async (name) => {
      const spec = externalEntityReports(join(dir, 'canary.txt'), url).find((r) => r.name === name)!;
      const file = join(dir, `${name.replace(/\W+/g, '-')}.xml`);
      writeFileSync(file, spec.xml);
      const before = requests.length;
      // No threshold can fail: a non-zero exit is the report being refused.
      const { main, rssMb, shown } = await gate(name, spec.input, file, { 'max-failures': '10' });
      if (main.exitCode !== 0) expect(main.errors[0]).toContain(file);
      expect(shown).not.toContain(MARKER);
      expect(requests.slice(before)).toEqual([]);
      expect(rssMb).toBeLessThan(RSS_LIMIT_MB);
    },
  );
});
