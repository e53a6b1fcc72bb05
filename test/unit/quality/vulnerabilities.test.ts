// Trivy, Grype and SARIF reports (written from each tool's documented JSON shape), OpenVEX and
// ignore files.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFindings } from '@cib/core/quality/read-reports';
import { detectFormat } from '@cib/core/quality/report-format';
import { readIgnoreIds } from '@cib/core/quality/ignore-ids';
import { readVex, vexFor } from '@cib/core/quality/vex';
import { artifactPath, severityFromScore } from '@cib/core/quality/vulnerabilities-sarif';
import { EXPECTED, generated, handwritten } from './fixtures';

describe('vulnerability reports', () => {
  it('Trivy: vulnerabilities, failed misconfigurations and secrets; one finding per id and package', async () => {
    expect(await detectFormat(handwritten('trivy-image.json'))).toBe('trivy');
    const totals = (await readFindings([handwritten('trivy-image.json')])).totals();
    const findings = totals.counted;
    expect(totals.counts).toEqual({ critical: 2, high: 3, medium: 1, low: 1, unknown: 1 });
    const lodash = findings.filter((f) => f.id === 'GHSA-aaaa-bbbb-cccc');
    expect(lodash).toHaveLength(1);
    expect(findings.find((f) => f.id === 'CVE-2024-0001')).toMatchObject({
      pkg: 'openssl',
      installed: '3.1.4-r5',
      fixed: '3.1.4-r6',
      purl: 'pkg:apk/alpine/openssl@3.1.4-r5?arch=x86_64&distro=3.19.1',
      title: 'openssl: a "quoted" title with \\ escapes and unicode é',
    });
    expect(findings.find((f) => f.id === 'AVD-DS-0002')).toMatchObject({
      kind: 'misconfiguration',
      file: 'Dockerfile',
      line: 12,
    });
    expect(findings.some((f) => f.id === 'AVD-DS-0001')).toBe(false);
  });

  it('Trivy: the array of results older versions wrote, with "Vulnerabilities": null', async () => {
    const findings = (await readFindings([handwritten('trivy-legacy-array.json')])).totals().counted;
    expect(findings.map((f) => [f.id, f.pkg, f.severity])).toEqual([['CVE-2018-16487', 'lodash', 'high']]);
  });

  it("Trivy: findings written before their Target still get it, and never the next result's", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cib-trivy-order-'));
    try {
      const file = join(dir, 'trivy.json');
      const secret = { RuleID: 'aws-access-key-id', Severity: 'CRITICAL', StartLine: 3 };
      writeFileSync(
        file,
        JSON.stringify({
          SchemaVersion: 2,
          Results: [
            { Secrets: [secret], Target: 'config/app.env' },
            { Target: 'deploy/.env', Secrets: [{ ...secret, StartLine: 7 }] },
            { Secrets: [{ ...secret, StartLine: 9 }] },
          ],
        }),
      );
      const findings = (await readFindings([file])).totals().counted;
      expect(findings.map((f) => [f.file, f.line])).toEqual([
        ['config/app.env', 3],
        ['deploy/.env', 7],
        [undefined, 9],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('Grype: matches de-duplicated, Negligible is low, fix state decides fixed', async () => {
    expect(await detectFormat(handwritten('grype.json'))).toBe('grype');
    const totals = (await readFindings([handwritten('grype.json')])).totals();
    const findings = totals.counted;
    expect(totals.counts).toEqual({ critical: 1, high: 2, medium: 1, low: 1, unknown: 1 });
    expect(findings.find((f) => f.id === 'CVE-2024-1000')).toMatchObject({
      fixed: '1.2.4-1',
      installed: '1.2.3-1',
      title: 'libfoo overflow',
    });
    expect(findings.find((f) => f.id === 'CVE-2024-1002')?.fixed).toBeUndefined();
  });

  it('SARIF: rules joined for security-severity, level fallback, suppressions, kinds and notifications', async () => {
    expect(await detectFormat(handwritten('sarif-codeql.sarif'))).toBe('sarif');
    const findings = (await readFindings([handwritten('sarif-codeql.sarif')])).totals().counted;
    // Worst first, as the set hands counted findings out.
    expect(findings.map((f) => [f.id, f.pkg, f.severity])).toEqual([
      ['js/weak-crypto', 'src/hash.js:3', 'critical'],
      ['js/sql-injection', 'src/db.js:42', 'high'],
      ['js/sql-injection', 'src/db.js:80', 'high'],
      ['R1', '', 'high'],
      ['js/xss', 'src/web.js:9', 'medium'],
      ['R2', '', 'medium'],
      ['js/unused-var', 'src/a.js:1', 'low'],
    ]);
  });

  it("SARIF from ESLint's formatter: its errors high, warnings medium; suppressed and parse errors left out", async () => {
    const file = generated('eslint.sarif');
    expect(await detectFormat(file)).toBe('sarif');
    const totals = (await readFindings([file])).totals();
    const findings = totals.counted;
    const eslint = EXPECTED['eslint.sarif'];
    // The fixture must hold what is left out, or this test would prove nothing about it.
    expect(eslint.suppressed).toBeGreaterThan(0);
    expect(eslint.fatal).toBeGreaterThan(0);
    expect(totals.counts).toEqual({
      critical: 0,
      high: eslint.errors,
      medium: eslint.warnings,
      low: 0,
      unknown: 0,
    });
    // ESLint writes absolute file: URIs; findings carry the path, for annotations.
    expect(new Set(findings.map((f) => f.file))).toEqual(new Set(['/home/runner/work/app/app/src/orders.js']));
    expect(findings.find((f) => f.id === 'no-unused-vars')?.pkg).toBe('/home/runner/work/app/app/src/orders.js:4');
  });

  it.each([
    ['file:///home/runner/work/app/app/src/a%20b.js', '/home/runner/work/app/app/src/a b.js'],
    ['src/a%20b.js', 'src/a b.js'],
    ['src/100%.js', 'src/100%.js'],
    ['file://server/share/a.js', 'file://server/share/a.js'],
  ])('SARIF artifact URI %s is the path %s', (uri, path) => {
    expect(artifactPath(uri)).toBe(path);
  });

  it.each([
    ['9.0', 'critical'],
    ['10', 'critical'],
    ['8.9', 'high'],
    ['7.0', 'high'],
    ['6.9', 'medium'],
    ['4.0', 'medium'],
    ['3.9', 'low'],
    ['0', 'low'],
    ['', undefined],
    ['high', undefined],
  ])("security-severity %s is GitHub's %s", (score, severity) => {
    expect(severityFromScore(score)).toBe(severity);
  });

  it('a malformed JSON report names the file', async () => {
    await expect(readFindings([handwritten('junit-malformed.xml')])).rejects.toThrow(/is a junit report/);
  });
});

describe('OpenVEX and ignore lists', () => {
  it('not_affected and fixed statements drop their findings; affected ones and other versions do not', async () => {
    const statements = await readVex(handwritten('openvex.json'));
    const findings = (await readFindings([handwritten('trivy-image.json')])).totals().counted;
    const dropped = findings.filter((f) => vexFor(f, statements)).map((f) => f.id);
    // CVE-2024-0001 names the image (whole product); lodash is a subcomponent; zlib's statement
    // is for another version; musl's is "affected".
    expect(dropped.sort()).toEqual(['CVE-2024-0001', 'GHSA-aaaa-bbbb-cccc']);
  });

  it('an ignore file like .trivyignore: comments, expiry dates', () => {
    const list = readIgnoreIds([handwritten('trivyignore')], new Date('2026-11-29T00:00:00Z'));
    expect([...list.ids]).toEqual(['CVE-2024-0004', 'CVE-2024-0005']);
    expect(list.expired).toEqual(['CVE-2024-0003']);
  });

  it('ids written in the input', () => {
    expect([...readIgnoreIds(['CVE-1', 'GHSA-x'], new Date()).ids]).toEqual(['CVE-1', 'GHSA-x']);
  });

  it('a bad expiry is an input error', () => {
    expect(() => readIgnoreIds(['CVE-1 exp:soon', 'CVE-2'], new Date())).toThrow(/Input "ignore-ids".*exp:YYYY-MM-DD/);
  });
});
