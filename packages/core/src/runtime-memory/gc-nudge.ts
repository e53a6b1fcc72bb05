// Keeps V8's young generation small while a stream runs: the "GC nudge" shared by the registry
// blob copy and the quality report readers. Streams that hand on buffers or cut strings and
// objects from chunks make garbage V8 sees only by small wrappers (a Buffer's memory lives outside
// the heap) or that it lets pile up: it collects the young generation when it is full, and grows
// it (up to 16 MB a semi-space, 48 MB committed) while anything survives. Both cost RSS a
// small-heap process never needs. A minor collection of a heap this small takes about a
// millisecond, so one every few MB is cheap (bench/promotion.mjs for the copy,
// bench/quality-gate.mjs for the reports).

/** Bytes passed between two young-generation collections. */
export const NUDGE_EVERY_BYTES = 4 * 1024 * 1024;

export type Collect = (options: { type: 'minor' | 'major' }) => void;

let collect: Collect | undefined;
let preparing: Promise<void> | undefined;
let capped = false;

export interface GcNudgeOptions {
  /**
   * Stop the young generation from growing past its size now (for the rest of the process):
   * report parsing allocates objects at a rate that otherwise grows it to its maximum within a
   * second, some 35 MB of RSS (bench/quality-gate.mjs: 113 -> 83 MB on a 100 MB Trivy report).
   */
  capYoungGeneration?: boolean;
}

/**
 * Reaches V8's `gc` the documented way (`--expose-gc`, then a new context's global). Loaded when
 * a stream starts, not when an action starts: node:v8 and node:vm cost start-up time an action
 * that fails on its inputs should not pay. Without it (a runtime that refuses), no nudges.
 */
export async function prepareGcNudge(options: GcNudgeOptions = {}): Promise<void> {
  preparing ??= Promise.all([import('node:v8'), import('node:vm')]).then(
    ([v8, vm]) => {
      v8.setFlagsFromString('--expose-gc');
      collect = vm.runInNewContext('gc') as Collect;
    },
    () => undefined,
  );
  await preparing;
  if (options.capYoungGeneration && !capped) {
    capped = true;
    // V8 reads the growth factor each time it would grow the young generation; 1 keeps its size.
    const v8 = await import('node:v8').catch(() => undefined);
    v8?.setFlagsFromString('--semi-space-growth-factor=1');
  }
}

/**
 * Every how many nudges the report readers ask for a full collection (every 64 MB). Their
 * survivors (a chunk's last objects, kept failures) reach the old generation, which V8 lets grow
 * by what piled up before it marks: a 1 GB JUnit report peaked at 88-97 MB, 84 MB with this. A
 * full collection of their small heap takes a few milliseconds.
 */
export const REPORT_FULL_EVERY = 16;

/** Counts the bytes (or characters) one stream has passed and nudges every `every` of them. */
export class GcNudge {
  private passed = 0;
  private nudges = 0;

  /**
   * `fullEvery`: make every n-th nudge a full collection (0: minor ones only). `collectNow`: V8's
   * gc once prepared; a test gives its own to see which collections were asked for, since V8 may
   * run a requested minor collection as a full one.
   */
  constructor(
    private readonly every = NUDGE_EVERY_BYTES,
    private readonly fullEvery = 0,
    private readonly collectNow: Collect = (options) => collect?.(options),
  ) {}

  /** Records `bytes` more passed; asks for a collection when `every` have piled up. */
  passedBytes(bytes: number): void {
    this.passed += bytes;
    if (this.passed < this.every) return;
    this.passed = 0;
    this.nudges++;
    this.collectNow({ type: this.fullEvery > 0 && this.nudges % this.fullEvery === 0 ? 'major' : 'minor' });
  }
}

/** The nudge a report reader runs with: prepared with the young generation capped, a full collection every 64 MB. */
export async function reportGcNudge(): Promise<GcNudge> {
  await prepareGcNudge({ capYoungGeneration: true });
  return new GcNudge(NUDGE_EVERY_BYTES, REPORT_FULL_EVERY);
}
