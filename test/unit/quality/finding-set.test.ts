// The bounded finding set: keys as 64-bit hashes (de-duplication, growth, the baseline's base64
// form), exact counts with details kept only for the worst findings, and the filters judged on
// each finding's merged state (a later occurrence's fix or purl counts as before).
import { KEPT_FINDINGS, FindingSet } from '@cib/core/quality/finding-set';
import { KeyTable, baselineKeyTable, decodeKeyHashes, encodeKeyHashes, keyHash } from '@cib/core/quality/finding-keys';
import type { VexStatement } from '@cib/core/quality/vex';
import { vexFor } from '@cib/core/quality/vex';
import { SEVERITIES, findingKey, worstFirst, type Finding } from '@cib/core/quality/vulnerability';
import { createHash } from 'node:crypto';

const finding = (id: string, pkg: string, more: Partial<Finding> = {}): Finding => ({
  id,
  pkg,
  severity: 'medium',
  kind: 'vulnerability',
  source: 'trivy',
  report: 'r.json',
  ...more,
});

describe('finding keys', () => {
  it('a key hash is the first 8 bytes of SHA-1 of the key', () => {
    const key = findingKey({ id: 'CVE-2024-1', pkg: 'openssl' });
    const digest = createHash('sha1').update(key, 'utf8').digest();
    expect(keyHash(key)).toEqual([digest.readUInt32BE(0), digest.readUInt32BE(4)]);
  });

  it('a table grows past its first capacity and keeps every key once; base64 round trip', () => {
    const table = new KeyTable(true);
    for (let n = 0; n < 5000; n++) {
      const { slot, added } = table.insert(keyHash(`k${n}`));
      expect(added).toBe(true);
      table.state[slot] = n % 200;
      table.extra![slot] = n;
    }
    for (let n = 0; n < 5000; n++) {
      const { slot, added } = table.insert(keyHash(`k${n}`));
      expect([added, table.state[slot], table.extra![slot]]).toEqual([false, n % 200, n]);
    }
    expect(table.size).toBe(5000);
    expect(table.has(keyHash('k5000'))).toBe(false);
    const even = encodeKeyHashes(table, (slot) => table.extra![slot] % 2 === 0);
    expect(even.bytes).toHaveLength(8 * 2500);
    const decoded = decodeKeyHashes(even.toJSON())!;
    expect(decoded.size).toBe(2500);
    expect([decoded.has(keyHash('k10')), decoded.has(keyHash('k11'))]).toEqual([true, false]);
    expect(decodeKeyHashes('AAAA')).toBeUndefined();
  });

  it('a growth frees the old arrays at once (ArrayBuffer transfer), not at the next full collection', () => {
    // Node 21 and later (the actions run on 24) detach them; an older runtime leaves them to V8.
    expect(typeof (ArrayBuffer.prototype as { transfer?: unknown }).transfer).toBe('function');
    const table = new KeyTable(true);
    const first = [table.state, table.extra!];
    expect(first.map((array) => array.length)).toEqual([1463, 1463]);
    for (let n = 0; n < 2000; n++) {
      const { slot } = table.insert(keyHash(`k${n}`));
      table.extra![slot] = n;
    }
    // Detached: their memory is gone, and the grown table has all it needs.
    expect(first.map((array) => array.length)).toEqual([0, 0]);
    expect(table.state.length).toBeGreaterThan(2000);
    for (let n = 0; n < 2000; n++) expect(table.extra![table.find(keyHash(`k${n}`))]).toBe(n);
  });

  it('a baseline loads its hashes, or the key strings earlier versions wrote', () => {
    const base = { version: 1 as const, createdAt: '', commit: '' };
    const fromKeys = baselineKeyTable({ ...base, findings: ['CVE-1\u0000a', 'CVE-2\u0000b'] })!;
    expect(fromKeys.has(keyHash('CVE-2\u0000b'))).toBe(true);
    expect(baselineKeyTable(base)).toBeUndefined();
  });
});

describe('FindingSet', () => {
  it('counts every distinct finding exactly and keeps details of the worst only', () => {
    const set = new FindingSet();
    const all: Finding[] = [];
    for (let n = 0; n < 5 * KEPT_FINDINGS; n++) {
      const f = finding(`CVE-${String(n).padStart(5, '0')}`, `pkg${n}`, {
        severity: SEVERITIES[n % 5],
        fixed: n % 3 ? '1.0' : undefined,
      });
      all.push(f);
      set.add(f);
      set.add({ ...f, severity: 'unknown', fixed: undefined }); // a repeat: severity and fix stay
    }
    const totals = set.totals();
    expect(set.size).toBe(5 * KEPT_FINDINGS);
    expect(totals.countedTotal).toBe(5 * KEPT_FINDINGS);
    expect(totals.counts).toEqual({ critical: 1000, high: 1000, medium: 1000, low: 1000, unknown: 1000 });
    expect(totals.counted).toHaveLength(KEPT_FINDINGS);
    const expected = [...all].sort(worstFirst).slice(0, KEPT_FINDINGS);
    expect(totals.counted.map(findingKey)).toEqual(expected.map(findingKey));
    expect(totals.afterFilterHashes.bytes).toHaveLength(8 * 5 * KEPT_FINDINGS);
  });

  it('a fix in a later report lifts ignore-unfixed; ignore-ids and the baseline drop by key', () => {
    const baseline = new KeyTable();
    baseline.insert(keyHash(findingKey({ id: 'CVE-3', pkg: 'c' })));
    const set = new FindingSet({ ignoreUnfixed: true, ignoreIds: new Set(['CVE-2']), baseline });
    set.add(finding('CVE-1', 'a', { severity: 'low' }));
    set.add(finding('CVE-1', 'a', { severity: 'high', fixed: '2.0' }));
    set.add(finding('CVE-2', 'b', { fixed: '1.0' }));
    set.add(finding('CVE-3', 'c', { fixed: '1.0' }));
    set.add(finding('CVE-4', 'd'));
    const totals = set.totals();
    expect(totals.counted.map((f) => [f.id, f.severity, f.fixed])).toEqual([['CVE-1', 'high', '2.0']]);
    expect(totals.counts.high).toBe(1);
    expect(totals.droppedByReason).toEqual({
      'ignored (ignore-ids)': 1,
      'in the baseline (new-only)': 1,
      'no fix yet (ignore-unfixed)': 1,
    });
    expect(totals.dropped.map((d) => d.finding.id).sort()).toEqual(['CVE-2', 'CVE-3', 'CVE-4']);
    // The next baseline holds what the filters let through, the baseline's finding included.
    expect(totals.afterFilters).toMatchObject({ high: 1, medium: 1 });
  });

  it('a purl in a later report lets a VEX statement for that package drop the finding', () => {
    const statements: VexStatement[] = [
      {
        vulnerability: 'CVE-9',
        aliases: [],
        status: 'not_affected',
        justification: 'component_not_present',
        packages: [{ name: 'other', purl: 'pkg:npm/lodash' }],
        document: 'v.json',
      },
    ];
    const set = new FindingSet({ vex: { statements, match: (f) => vexFor(f, statements) } });
    set.add(finding('CVE-9', 'lodash-es'));
    expect(set.totals().countedTotal).toBe(1);
    set.add(finding('CVE-9', 'lodash-es', { purl: 'pkg:npm/lodash@4.17.0' }));
    const totals = set.totals();
    expect(totals.countedTotal).toBe(0);
    expect(totals.dropped.map((d) => [d.finding.purl, d.reason])).toEqual([
      ['pkg:npm/lodash@4.17.0', 'VEX not_affected (component_not_present)'],
    ]);
  });
});
