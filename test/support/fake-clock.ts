// A Clock for tests that only moves when the code under test sleeps (or the test advances it):
// no real waiting, and the waits asked for are recorded. `onSleep` runs inside each sleep, so a
// test can make something happen "meanwhile" (another release moving a tag during a settle time).
import type { Clock } from '@cib/core/time/clock';

export class FakeClock implements Clock {
  /** Every sleep asked for, in milliseconds, in order. */
  readonly sleeps: number[] = [];
  /** Runs during each sleep, after the clock moved. */
  onSleep?: (ms: number) => void | Promise<void>;

  constructor(private current = Date.UTC(2026, 0, 1)) {}

  now(): number {
    return this.current;
  }

  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.current += ms;
    await this.onSleep?.(ms);
  }

  /** Moves the clock without a sleep. */
  advance(ms: number): void {
    this.current += ms;
  }
}
