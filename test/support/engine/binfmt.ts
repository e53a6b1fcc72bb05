// QEMU emulation for the arm platforms: `RUN` steps of linux/arm64 and linux/arm/v7 builds run
// through Debian's qemu-user-static, registered with binfmt_misc (flag F, so the interpreter works
// inside build containers). Mounts binfmt_misc when needed; fails with the fix when it cannot.
import { existsSync, readFileSync } from 'node:fs';
import { execProcess } from '@cib/core/exec/exec';

const BINFMT = '/proc/sys/fs/binfmt_misc';
/** binfmt handler name (Debian's binfmt-support names) per architecture we emulate. */
const HANDLERS = { arm64: 'qemu-aarch64', arm: 'qemu-arm' } as const;

function enabled(handler: string): boolean {
  const file = `${BINFMT}/${handler}`;
  return existsSync(file) && readFileSync(file, 'utf8').startsWith('enabled');
}

/** Makes sure arm64 and arm binaries run under QEMU; throws naming the fix when they cannot. */
export async function ensureQemuHandlers(): Promise<void> {
  if (Object.values(HANDLERS).every(enabled)) return;
  if (!existsSync(`${BINFMT}/register`)) {
    const mounted = await execProcess('mount', ['-t', 'binfmt_misc', 'binfmt_misc', BINFMT], {
      allowFailure: true,
    });
    if (mounted.exitCode !== 0)
      throw new Error(
        `binfmt_misc is not mounted and mounting it failed (${mounted.stderr.trim()}): run the tests as root, ` +
          `or mount it yourself: mount -t binfmt_misc binfmt_misc ${BINFMT}`,
      );
  }
  for (const handler of Object.values(HANDLERS)) {
    if (enabled(handler)) continue;
    if (!existsSync(`/usr/share/binfmts/${handler}`))
      throw new Error(`QEMU handler ${handler} is not installed: apt-get install -y qemu-user-static binfmt-support`);
    const result = await execProcess('update-binfmts', ['--enable', handler], { allowFailure: true });
    if (result.exitCode !== 0 || !enabled(handler))
      throw new Error(`Could not register ${handler} with binfmt_misc: ${result.stderr.trim()} (run as root)`);
  }
}
