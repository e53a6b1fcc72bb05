// The findings of every vulnerability report, de-duplicated by id and package in bounded memory:
// each distinct key is a 64-bit hash with one state byte (finding-keys.ts), which is all the
// counts need, and full details are kept only for the worst KEPT_FINDINGS (the report's table,
// the annotations) and the first KEPT_FINDINGS dropped ones. A repeated finding keeps its highest
// severity and a known fix, as before; the filters (ignore-ids, ignore-unfixed, VEX, new-only)
// are judged on that merged state when the reading is over, so every count stays exact.
// Details are best effort in two rare cases: a finding that becomes one of the worst only at a
// later occurrence (a higher severity, a fix) shows that occurrence's details, and a purl first
// given by a later occurrence is judged against VEX with that occurrence's installed version
// unless the finding's details are kept.
import { detach } from './detach';
import { KeyTable, encodeKeyHashes, keyHash, type KeyHashes } from './finding-keys';
import type { VexStatement } from './vex';
import {
  SEVERITIES,
  findingKey,
  severityRank,
  worstFirst,
  type Finding,
  type Severity,
  type SeverityCounts,
} from './vulnerability';

/** Findings kept with their details: enough for the report's table and MAX_ANNOTATIONS (500). */
export const KEPT_FINDINGS = 1000;

export interface FindingFilters {
  ignoreIds?: ReadonlySet<string>;
  ignoreUnfixed?: boolean;
  /** VEX statements, and the matcher (vex.ts, handed in so the readers need not load it). */
  vex?: { statements: readonly VexStatement[]; match: (finding: Finding) => VexStatement | undefined };
  /** new-only: the baseline's key hashes; a finding found there is not counted. */
  baseline?: KeyTable;
}

export interface DroppedFinding {
  finding: Finding;
  reason: string;
}

export interface FindingTotals {
  /** Counted findings by severity (exact). */
  counts: SeverityCounts;
  /** The worst counted findings, worst first (at most KEPT_FINDINGS of `counts`' total). */
  counted: Finding[];
  countedTotal: number;
  /** Some findings the filters dropped, with why (at most KEPT_FINDINGS). */
  dropped: DroppedFinding[];
  droppedTotal: number;
  /** How many findings each reason dropped (exact). */
  droppedByReason: Record<string, number>;
  /** Findings the filters let through (before new-only) by severity, and their key hashes. */
  afterFilters: SeverityCounts;
  afterFilterHashes: KeyHashes;
}

// The state byte of a key: bits 0-2 severity rank, then these flags.
const FIX = 8;
const PURL = 16;
const IGNORED = 32;
const VULNERABILITY = 64;
const IN_BASELINE = 128;
const RANK_MASK = 7;
/** The severity a state's rank bits hold (severityRank's inverse). */
const severityOf = (state: number): Severity => SEVERITIES[4 - (state & RANK_MASK)];

export class FindingSet {
  readonly reports: string[] = [];
  private readonly table: KeyTable;
  /** Worst counted candidates by key; cut back to KEPT_FINDINGS whenever it holds twice that. */
  private readonly worst = new Map<string, Finding>();
  /** The finding at place KEPT_FINDINGS after the last cut: anything less bad cannot be kept. */
  private bar: Finding | undefined;
  private readonly droppedSample = new Map<string, Finding>();

  constructor(private readonly filters: FindingFilters = {}) {
    this.table = new KeyTable((filters.vex?.statements.length ?? 0) > 0);
  }

  get size(): number {
    return this.table.size;
  }

  add(finding: Finding): void {
    const key = findingKey(finding);
    const hash = keyHash(key);
    const { slot, added } = this.table.insert(hash);
    const state = this.table.state;
    const kept = this.worst.get(key) ?? this.droppedSample.get(key);
    if (added) {
      state[slot] =
        severityRank(finding.severity) |
        (finding.fixed !== undefined ? FIX : 0) |
        (finding.purl !== undefined ? PURL : 0) |
        (this.filters.ignoreIds?.has(finding.id) ? IGNORED : 0) |
        (finding.kind === 'vulnerability' ? VULNERABILITY : 0) |
        (this.filters.baseline?.has(hash) ? IN_BASELINE : 0);
      this.judgeVex(slot, finding);
    } else {
      const before = state[slot];
      const rank = Math.max(before & RANK_MASK, severityRank(finding.severity));
      state[slot] = (before & ~RANK_MASK) | rank | (finding.fixed !== undefined ? FIX : 0);
      if (!(before & PURL) && finding.purl !== undefined) {
        state[slot] |= PURL;
        // The merged finding takes this purl with the first occurrence's installed version,
        // known when its details are kept (else this occurrence's stands in for it).
        this.judgeVex(slot, { ...finding, installed: kept ? kept.installed : finding.installed });
      }
    }
    if (kept) {
      merge(kept, finding, state[slot]);
      return;
    }
    const candidate = { ...finding, severity: severityOf(state[slot]) };
    if (this.reason(slot) !== undefined) {
      if (added && this.droppedSample.size < KEPT_FINDINGS) this.droppedSample.set(detach(key), copy(candidate));
      return;
    }
    // Not worse than the bar: KEPT_FINDINGS kept ones are at least as bad (ties are kept as they came).
    if (this.bar && worstFirst(candidate, this.bar) >= 0) return;
    this.worst.set(detach(key), copy(candidate));
    if (this.worst.size >= 2 * KEPT_FINDINGS) this.cut();
  }

  /** The exact counts and the kept details, judged on every finding's merged state. */
  totals(): FindingTotals {
    const counts = zero();
    const afterFilters = zero();
    const droppedByReason: Record<string, number> = {};
    let droppedTotal = 0;
    this.table.forEach((slot) => {
      const severity = severityOf(this.table.state[slot]);
      const reason = this.reason(slot, false);
      if (reason === undefined) afterFilters[severity]++;
      const counted = reason === undefined ? this.reason(slot) : reason;
      if (counted === undefined) counts[severity]++;
      else {
        droppedByReason[counted] = (droppedByReason[counted] ?? 0) + 1;
        droppedTotal++;
      }
    });
    const counted: Finding[] = [];
    const dropped: DroppedFinding[] = [];
    for (const finding of [...this.worst.values(), ...this.droppedSample.values()]) {
      const reason = this.reason(this.table.find(keyHash(findingKey(finding))));
      if (reason === undefined) counted.push(finding);
      else dropped.push({ finding, reason });
    }
    counted.sort(worstFirst);
    return {
      counts,
      counted: counted.slice(0, KEPT_FINDINGS),
      countedTotal: SEVERITIES.reduce((sum, s) => sum + counts[s], 0),
      dropped: dropped.slice(0, KEPT_FINDINGS),
      droppedTotal,
      droppedByReason,
      afterFilters,
      afterFilterHashes: encodeKeyHashes(this.table, (slot) => this.reason(slot, false) === undefined),
    };
  }

  /** Why the key in `slot` is not counted, on its state so far; undefined: it counts. */
  private reason(slot: number, withBaseline = true): string | undefined {
    const state = this.table.state[slot];
    if (state & IGNORED) return 'ignored (ignore-ids)';
    if (this.filters.ignoreUnfixed && state & VULNERABILITY && !(state & FIX)) return 'no fix yet (ignore-unfixed)';
    const vex = this.table.extra?.[slot] ?? 0;
    if (vex > 0) {
      const statement = this.filters.vex!.statements[vex - 1];
      return `VEX ${statement.status}${statement.justification ? ` (${statement.justification})` : ''}`;
    }
    if (withBaseline && state & IN_BASELINE) return 'in the baseline (new-only)';
    return undefined;
  }

  private judgeVex(slot: number, finding: Finding): void {
    if (!this.table.extra || !this.filters.vex) return;
    const statement = this.filters.vex.match(finding);
    this.table.extra[slot] = statement ? this.filters.vex.statements.indexOf(statement) + 1 : 0;
  }

  private cut(): void {
    const sorted = [...this.worst].sort(([, a], [, b]) => worstFirst(a, b));
    this.worst.clear();
    for (const [key, finding] of sorted.slice(0, KEPT_FINDINGS)) this.worst.set(key, finding);
    const last = sorted[KEPT_FINDINGS - 1][1];
    this.bar = { ...last };
  }
}

function zero(): SeverityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
}

/** A finding's own copy: JSON.parse may cut its strings as views of the report text. */
function copy(finding: Finding): Finding {
  return {
    ...finding,
    id: detach(finding.id),
    pkg: detach(finding.pkg),
    purl: detach(finding.purl),
    installed: detach(finding.installed),
    fixed: detach(finding.fixed),
    title: detach(finding.title),
    file: detach(finding.file),
  };
}

/** A repeated finding: the highest severity (from the key's state), a known fix, purl and place. */
function merge(kept: Finding, finding: Finding, state: number): void {
  kept.severity = severityOf(state);
  kept.fixed ??= detach(finding.fixed);
  kept.purl ??= detach(finding.purl);
  kept.file ??= detach(finding.file);
  kept.line ??= finding.line;
}
