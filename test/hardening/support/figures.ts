// Where the hardening tests put their figures: one JSON line per part appended to
// HARDEN_FIGURES_FILE (scripts/harden.mjs reads them and prints the summary), and the same line
// on stdout so a plain jest run shows them too.
import { appendFileSync } from 'node:fs';

export interface Figures {
  /** The part of the issue: hostile-input, secrets, registry-faults, ec2-faults, races, huge-inputs. */
  part: string;
  /** One human line: what ran and what it found. */
  line: string;
  /** Numbers the summary adds up. */
  counts: Record<string, number>;
}

export function report(figures: Figures): void {
  const file = process.env.HARDEN_FIGURES_FILE;
  if (file) appendFileSync(file, `${JSON.stringify(figures)}\n`);
  process.stdout.write(`harden ${figures.part}: ${figures.line}\n`);
}

/** Counts by kind as a figures line shows them: `429 11, 500 14, reset 9`, or `none`. */
export function countsLine(counts: Readonly<Record<string, number>>): string {
  return (
    Object.entries(counts)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ') || 'none'
  );
}
