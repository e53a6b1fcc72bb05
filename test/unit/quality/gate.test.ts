// The gate over real reports: each rule's verdict, the finding filters (ignore list, unfixed,
// VEX, new-only), the baseline and its deltas, budgets and image sizes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execProcess } from '@cib/core/exec/exec';
import { runGate, type GateDeps, type GateRequest } from '@cib/core/quality/gate';
import { findingKey } from '@cib/core/quality/vulnerability';
import { parseBaseline } from '@cib/core/quality/baseline';
import { parseReference } from '@cib/core/registry/reference';
import { MemoryRegistry } from '../../support/memory-registry';
import { seedAttestation, seedImage, seedIndex } from '../../support/seed-images';
import { GENERATED, HANDWRITTEN } from './fixtures';

const log = { info: jest.fn(), debug: jest.fn(), warning: jest.fn() };

function request(overrides: Partial<GateRequest>): GateRequest {
  return {
    coverageFiles: [],
    vulnerabilityFiles: [],
    maxBySeverity: {},
    ignoreUnfixed: false,
    ignoreIds: [],
    vexFiles: [],
    newOnly: false,
    testFiles: [],
    metrics: new Map(),
    budgets: [],
    images: [],
    allowMissing: false,
    ...overrides,
  };
}

const deps = (overrides: Partial<GateDeps> = {}): GateDeps => ({
  cwd: join(GENERATED, '..'),
  exec: execProcess,
  log,
  now: new Date('2026-11-29T10:00:00Z'),
  ...overrides,
});

describe('runGate', () => {
  it.each([
    ['coverageFiles', 'coverage-files'],
    ['vulnerabilityFiles', 'vulnerability-files'],
    ['testFiles', 'test-files'],
  ] as const)('a file %s named that is no report: the error names the file and the input', async (field, input) => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-not-a-report-'));
    try {
      writeFileSync(join(dir, 'notes.txt'), 'just some text\n');
      await expect(runGate(request({ [field]: [join(dir, '*.txt')] }), deps())).rejects.toThrow(
        `Report ${join(dir, 'notes.txt')}: unrecognised report format (a file of input ${input}). Coverage: lcov`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is neutral with nothing configured', async () => {
    const result = await runGate(request({}), deps());
    expect(result.conclusion).toBe('neutral');
    expect(result.rules).toEqual([]);
  });

  it('coverage rules: jest lcov, 57.14% of lines passes 50%, 57.14% of branches fails 60%; baseline deltas', async () => {
    const result = await runGate(
      request({ coverageFiles: ['generated/jest.lcov'], minLineCoverage: 50, minBranchCoverage: 60 }),
      deps({ baseline: { version: 1, createdAt: '', commit: '', lineCoverage: 60, branchCoverage: 50 } }),
    );
    expect(result.rules.map((r) => [r.rule, r.measured, r.baseline, r.delta, r.status])).toEqual([
      ['min-line-coverage', '57.14% (8/14)', '60.00%', '-2.86 pp', 'pass'],
      ['min-branch-coverage', '57.14% (8/14)', '50.00%', '+7.14 pp', 'fail'],
    ]);
    expect(result.conclusion).toBe('failure');
    expect(result.nextBaseline.lineCoverage).toBeCloseTo((8 / 14) * 100, 6);
  });

  it('max-coverage-drop is skipped without a baseline and judged with one', async () => {
    const req = request({ coverageFiles: ['generated/jest.lcov'], maxCoverageDrop: 1 });
    expect((await runGate(req, deps())).rules[0]).toMatchObject({ status: 'skip', note: 'no baseline yet' });
    const withBaseline = await runGate(
      req,
      deps({ baseline: { version: 1, createdAt: '', commit: '', lineCoverage: 60 } }),
    );
    expect(withBaseline.rules[0]).toMatchObject({ status: 'fail', delta: '-2.86 pp' });
  });

  it('a coverage minimum over reports that count nothing fails instead of passing', async () => {
    const result = await runGate(
      request({ coverageFiles: ['handwritten/cobertura-nan.xml'], minLineCoverage: 1 }),
      deps(),
    );
    expect(result.rules[0]).toMatchObject({ status: 'fail', measured: 'no data' });
  });

  it('min-patch-coverage outside a pull request is skipped, saying why', async () => {
    const result = await runGate(request({ coverageFiles: ['generated/jest.lcov'], minPatchCoverage: 80 }), deps());
    expect(result.rules[0]).toMatchObject({ status: 'skip', note: 'not a pull request: no change to measure' });
    expect(result.conclusion).toBe('success');
  });

  it('vulnerabilities: max-critical defaults to 0; ignore-ids, ignore-unfixed and VEX drop findings and say why', async () => {
    const result = await runGate(
      request({
        vulnerabilityFiles: ['handwritten/trivy-image.json'],
        maxBySeverity: { high: 5 },
        ignoreUnfixed: true,
        ignoreIds: [join(HANDWRITTEN, 'trivyignore')],
        vexFiles: ['handwritten/openvex.json'],
      }),
      deps(),
    );
    expect(result.findings?.counts).toEqual({ critical: 1, high: 1, medium: 1, low: 0, unknown: 0 });
    expect(result.rules.map((r) => [r.rule, r.measured, r.status])).toEqual([
      ['max-critical', '1', 'fail'],
      ['max-high', '1', 'pass'],
    ]);
    const reasons = Object.fromEntries(result.findings!.dropped.map((d) => [d.finding.id, d.reason]));
    expect(reasons).toEqual({
      'CVE-2024-0001': 'VEX not_affected (vulnerable_code_not_in_execute_path)',
      'CVE-2024-0002': 'no fix yet (ignore-unfixed)',
      'CVE-2024-0004': 'ignored (ignore-ids)',
      'CVE-2024-0005': 'ignored (ignore-ids)',
      'GHSA-aaaa-bbbb-cccc': 'VEX fixed',
    });
    expect(result.notes).toContain('The ignore entry for CVE-2024-0003 has expired: it counts again.');
  });

  it('new-only counts only findings absent from the baseline', async () => {
    const req = request({ vulnerabilityFiles: ['handwritten/grype.json'], newOnly: true, maxBySeverity: { high: 0 } });
    const first = await runGate(req, deps());
    expect(first.findings?.counts.critical).toBe(1);
    // The baseline an earlier version wrote: the key strings, one finding left out.
    const keys = [...first.findings!.counted, ...first.findings!.dropped.map((d) => d.finding)].map(findingKey);
    expect(keys.length).toBeGreaterThan(1);
    const old = {
      ...first.nextBaseline,
      findingHashes: undefined,
      findings: keys.filter((k) => !k.startsWith('CVE-2024-1001')),
    };
    const second = await runGate(req, deps({ baseline: old }));
    expect(second.findings?.counted.map((f) => f.id)).toEqual(['CVE-2024-1001']);
    expect(second.findings?.droppedByReason).toEqual({ 'in the baseline (new-only)': keys.length - 1 });
    expect(second.rules.map((r) => [r.rule, r.status])).toEqual([
      ['max-critical', 'pass'],
      ['max-high', 'fail'],
    ]);
    // The baseline this version writes: the key hashes, every finding of the first run in it.
    expect(first.nextBaseline.findings).toBeUndefined();
    const saved = JSON.stringify(first.nextBaseline);
    expect(Buffer.from((JSON.parse(saved) as { findingHashes: string }).findingHashes, 'base64')).toHaveLength(
      8 * keys.length,
    );
    const third = await runGate(req, deps({ baseline: parseBaseline(saved, 'saved') }));
    expect(third.findings?.counts).toEqual({ critical: 0, high: 0, medium: 0, low: 0, unknown: 0 });
    expect(third.findings?.droppedTotal).toBe(keys.length);
  });

  it('tests: max-failures defaults to 0, flaky tests do not count as failures', async () => {
    const result = await runGate(request({ testFiles: ['handwritten/junit-surefire-flaky.xml'], minTests: 5 }), deps());
    expect(result.rules.map((r) => [r.rule, r.measured, r.status])).toEqual([
      ['max-failures', '1 (+2 flaky)', 'fail'],
      ['min-tests', '5', 'pass'],
    ]);
  });

  it('budgets: <= and >= against metrics; a missing metric fails', async () => {
    const result = await runGate(
      request({
        metrics: new Map([
          ['build-seconds', 95],
          ['cache-hit-ratio', 0.4],
        ]),
        budgets: [
          { metric: 'build-seconds', operator: '<=', limit: 120 },
          { metric: 'cache-hit-ratio', operator: '>=', limit: 0.5 },
          { metric: 'image-mb', operator: '<=', limit: 60 },
        ],
      }),
      deps({ baseline: { version: 1, createdAt: '', commit: '', metrics: { 'build-seconds': 100 } } }),
    );
    expect(result.rules.map((r) => [r.rule, r.measured, r.delta, r.status])).toEqual([
      ['build-seconds', '95', '-5.00', 'pass'],
      ['cache-hit-ratio', '0.4', undefined, 'fail'],
      ['image-mb', 'missing', undefined, 'fail'],
    ]);
  });

  it('image sizes: each platform of an index, attestations skipped, through the registry client', async () => {
    const registry = new MemoryRegistry();
    const amd64 = seedImage(registry, 'registry.test/app', { platform: { os: 'linux', architecture: 'amd64' } });
    const arm64 = seedImage(registry, 'registry.test/app', { platform: { os: 'linux', architecture: 'arm64' } });
    const attestation = seedAttestation(registry, 'registry.test/app', amd64);
    seedIndex(
      registry,
      'registry.test/app',
      [
        { ...amd64, platform: { os: 'linux', architecture: 'amd64' } },
        { ...arm64, platform: { os: 'linux', architecture: 'arm64' } },
        attestation,
      ],
      { tags: ['1.0'] },
    );
    const result = await runGate(
      request({ images: [parseReference('registry.test/app:1.0')], maxImageSizeMb: 1 }),
      deps({ registry }),
    );
    expect(result.images.map((s) => s.platform)).toEqual(['linux/amd64', 'linux/arm64']);
    expect(result.images.every((s) => s.bytes > 0)).toBe(true);
    expect(result.rules.every((r) => r.status === 'pass')).toBe(true);
    const tooBig = await runGate(
      request({ images: [parseReference('registry.test/app:1.0')], maxImageSizeMb: 0.00001 }),
      deps({ registry }),
    );
    expect(tooBig.conclusion).toBe('failure');
  });

  it('a glob that matches nothing is an input error, or a note with allow-missing', async () => {
    await expect(runGate(request({ coverageFiles: ['nope/*.info'] }), deps())).rejects.toThrow(
      /Input "coverage-files" is "nope\/\*\.info": expected globs that match report files/,
    );
    const dir = mkdtempSync(join(tmpdir(), 'gate-'));
    try {
      const result = await runGate(
        request({ coverageFiles: ['nope/*.info'], allowMissing: true, minLineCoverage: 1 }),
        deps({ cwd: dir }),
      );
      expect(result.notes).toEqual(['Nothing matched coverage-files pattern "nope/*.info" (allow-missing).']);
      expect(result.rules[0].status).toBe('fail');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
