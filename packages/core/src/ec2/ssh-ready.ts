// SSH is ready when a command succeeds, not when the port opens: cloud-init installs the key
// after sshd starts, so "Permission denied" early on is normal. Polls until `true` runs or the
// deadline passes; a host key that does not match the pinned one ends it at once.
import { CibError } from '../errors/cib-error';
import type { Exec } from '../exec/exec';
import type { Log } from '../runner/runtime';
import type { Clock } from '../time/clock';
import { runRemote, type SshTarget } from './ssh';

export async function waitForSsh(
  exec: Exec,
  target: SshTarget,
  options: { deadline: number; pollMs: number; clock: Clock; log: Log },
): Promise<void> {
  let tries = 0;
  for (;;) {
    tries += 1;
    const result = await runRemote(exec, target, 'true', { allowFailure: true, timeoutMs: 30_000 });
    if (result.exitCode === 0) {
      options.log.info(`SSH to ${target.user}@${target.host}:${target.port} works (try ${tries})`);
      return;
    }
    const last = result.stderr.trim().split('\n').pop() ?? `ssh exited with ${result.exitCode}`;
    if (/Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED/.test(result.stderr))
      throw new CibError(`The host key of ${target.host}:${target.port} does not match the pinned one (${last})`, {
        hint: 'Check the host-key input; with host-key: console the key comes from the instance console output',
      });
    options.log.debug(`SSH not ready yet (try ${tries}): ${last}`);
    if (options.clock.now() + options.pollMs > options.deadline)
      throw new CibError(
        `SSH to ${target.user}@${target.host}:${target.port} did not work within ready-timeout (${tries} tries; last: ${last})`,
        {
          hint: 'Check that ssh-private-key matches the instance key pair, ssh-user is the AMI user (admin on Debian), and the security group lets this runner reach ssh-port',
        },
      );
    await options.clock.sleep(options.pollMs);
  }
}
