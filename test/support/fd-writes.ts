// Spying on what code writes straight to fd 1 or 2 with fs.writeSync (runner/stdout.ts does, to
// spare start-up the cost of process.stdout). Other descriptors pass through to the real writeSync.
import { createRequire } from 'node:module';

// The node:fs module object itself (an `import * as` namespace would be a copy, deaf to spies).
const fs = createRequire(__filename)('node:fs') as typeof import('node:fs');

/**
 * How many bytes of a write of `length` bytes the descriptor accepts on call number `call` (from 0), or the
 * error it fails with. Default: all of them.
 */
export type FdPlan = (call: number, length: number) => number | Error;

export interface FdWrites {
  /** The bytes the descriptor accepted, one entry per accepted write. */
  readonly written: Buffer[];
  text(): string;
  restore(): void;
}

export function spyOnFd(fd: 1 | 2, plan: FdPlan = (_call, length) => length): FdWrites {
  const written: Buffer[] = [];
  const original = fs.writeSync.bind(fs) as (...args: unknown[]) => number;
  let call = 0;
  const spy = jest.spyOn(fs, 'writeSync').mockImplementation((...args: unknown[]) => {
    const [target, data, offset = 0, length] = args as [number, Uint8Array | string, number?, number?];
    if (target !== fd) return original(...args);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
    const size = length ?? bytes.length - offset;
    const outcome = plan(call++, size);
    if (outcome instanceof Error) throw outcome;
    written.push(bytes.subarray(offset, offset + outcome));
    return outcome;
  });
  return { written, text: () => Buffer.concat(written).toString('utf8'), restore: () => spy.mockRestore() };
}
