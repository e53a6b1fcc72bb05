// Everything the demo starts is stopped here, once, in reverse order: on success, on failure and
// on Ctrl-C/SIGTERM. On a signal the action steps still running (node, buildx) are ended first,
// by pid, from the demo's own process tree, so none is left talking to a stopped engine.
import { readdirSync, readFileSync } from 'node:fs';

type Stop = () => Promise<void> | void;

/** The pids of `root`'s descendants (from /proc), children before grandchildren. */
export function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // Ended while we looked.
    }
    // Fields after the command (which may hold spaces and parentheses): state, then the ppid.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

export class Cleanup {
  private readonly stops: Array<{ name: string; stop: Stop }> = [];
  /** Processes stopped by their own stop function (dockerd and its containerd), not by a signal. */
  private readonly spared = new Set<number>();
  private running?: Promise<void>;
  interrupted?: NodeJS.Signals;

  /** Registers something to stop; the last added stops first. */
  add(name: string, stop: Stop): void {
    this.stops.push({ name, stop });
  }

  /** A process (and its tree) that a signal must not end: its own stop function will. */
  spare(pid: number): void {
    this.spared.add(pid);
  }

  /** Stops everything registered; later calls wait for the first. Never throws. */
  run(): Promise<void> {
    this.running ??= (async () => {
      for (const { name, stop } of this.stops.reverse()) {
        try {
          await stop();
        } catch (error) {
          console.error(`could not stop ${name}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    })();
    return this.running;
  }

  /** SIGTERM to the demo's descendants except the spared ones and theirs (the running steps). */
  endSteps(): void {
    const sparedTrees = new Set([...this.spared].flatMap((pid) => [pid, ...descendantsOf(pid)]));
    for (const pid of descendantsOf(process.pid)) {
      if (sparedTrees.has(pid)) continue;
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  }

  /** On SIGINT/SIGTERM: end the running steps, stop everything, exit 128+signal. */
  onSignals(): void {
    const handle = (signal: NodeJS.Signals, code: number) => {
      if (this.interrupted) return;
      this.interrupted = signal;
      console.error(`\n${signal}: stopping everything the demo started`);
      this.endSteps();
      void this.run().then(() => process.exit(code));
    };
    process.on('SIGINT', () => handle('SIGINT', 130));
    process.on('SIGTERM', () => handle('SIGTERM', 143));
  }
}
