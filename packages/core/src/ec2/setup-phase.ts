// The setup phase: start the existing instance or launch one from the template (saving its id the
// moment EC2 answers), wait until it runs and has its address, settle the host key, wait until an
// SSH command works, and tell the instance to power itself off after max-lifetime.
import { CibError } from '../errors/cib-error';
import { classifyEc2Error, describeEc2Error } from './aws-error';
import type { InstanceInfo } from './ec2-api';
import { hostKeysFromConsole, knownHostsPattern } from './host-keys';
import { checkSetupInputs } from './inputs';
import { STATE } from './job-state';
import { launchWithFallback } from './launch';
import { readKnownHostsFile, withSsh, type PhaseContext } from './phase-context';
import { launchTags } from './run-tags';
import { decodePrivateKey, maskPrivateKey } from './ssh-files';
import { runRemote } from './ssh';
import { waitForSsh } from './ssh-ready';
import { waitForInstance } from './wait';

const GONE = ['shutting-down', 'terminated'];

async function startExisting(context: PhaseContext, id: string, deadline: number): Promise<InstanceInfo> {
  const { deps, rt } = context;
  const api = await deps.ec2(context.inputs.region);
  for (;;) {
    try {
      await api.start(id);
      rt.log.info(`Starting instance ${id}`);
      break;
    } catch (error) {
      // A stop still under way: wait until it is stopped, then start.
      if (classifyEc2Error(error) !== 'incorrect-state')
        throw new CibError(`Could not start ${id}: ${describeEc2Error(error)}`, { cause: error });
      rt.log.info(`Instance ${id} cannot start yet (${describeEc2Error(error)}); waiting until it is stopped`);
      await waitForInstance(api, id, 'stopped', (i) => i.state === 'stopped', {
        ...deps,
        log: rt.log,
        deadline,
        failOn: GONE,
      });
    }
  }
  const [instance] = await api.describe([id]);
  return instance;
}

async function consoleHostKeys(context: PhaseContext, id: string, host: string, deadline: number): Promise<string[]> {
  const { deps, rt, inputs } = context;
  const api = await deps.ec2(inputs.region);
  for (;;) {
    const output = await api.consoleOutput(id).catch((error: unknown) => {
      if (classifyEc2Error(error) === 'fatal' || classifyEc2Error(error) === 'expired')
        throw new CibError(`GetConsoleOutput for ${id} failed: ${describeEc2Error(error)}`, { cause: error });
      return '';
    });
    const keys = hostKeysFromConsole(output, host, inputs.sshPort);
    if (keys.length) {
      rt.log.info(`Pinned ${keys.length} host keys from the console output of ${id}`);
      return keys;
    }
    if (deps.clock.now() + deps.pollMs > deadline)
      throw new CibError(`The console output of ${id} showed no SSH host keys within ready-timeout`, {
        hint: 'cloud-init prints them at first boot; use host-key: accept-new for an AMI that does not',
      });
    await deps.clock.sleep(deps.pollMs);
  }
}

export async function setupPhase(context: PhaseContext): Promise<void> {
  const { rt, inputs, deps, state } = context;
  const strategy = checkSetupInputs(inputs);
  maskPrivateKey(rt, inputs.sshPrivateKey, decodePrivateKey(inputs.sshPrivateKey));
  if (inputs.buildxNode)
    throw new CibError('buildx-node is not available yet in this version of e2c-runner', {
      hint: 'Leave buildx-node false and use build: true',
    });
  // Under the CLI its own state file holds the state (seed keys included); under the runner, the seed's file.
  rt.setOutput('state-file', rt.stateFile() ?? state.file);
  state.set(STATE.strategy, strategy);
  const api = await deps.ec2(inputs.region);
  const launchedAt = rt.now();
  let instance: InstanceInfo;
  if (strategy === 'existing') {
    state.set(STATE.instanceId, inputs.instanceId);
    instance = await startExisting(context, inputs.instanceId, deps.clock.now() + inputs.readyTimeoutSeconds * 1000);
  } else {
    state.set(STATE.launchAttempted, 'true');
    const launched = await launchWithFallback(
      api,
      {
        launchTemplate: {
          id: inputs.launchTemplate.id || undefined,
          name: inputs.launchTemplate.name || undefined,
          version: inputs.launchTemplate.version,
        },
        instanceTypes: inputs.instanceTypes,
        subnetIds: inputs.subnetIds,
        spot: inputs.spot,
        spotMaxPrice: inputs.spotMaxPrice,
        spotFallback: inputs.spotFallback,
        tags: launchTags(context.run, launchedAt, inputs.maxLifetimeMinutes, inputs.tags),
        run: context.run,
      },
      rt.log,
      (launchedInstance, attempt) => {
        // Saved before any wait: a cancellation from here on still tears it down.
        state.set(STATE.instanceId, launchedInstance.id);
        rt.log.info(`Launched ${launchedInstance.id} (${attempt.market}, ${launchedInstance.instanceType})`);
      },
      (ms) => deps.clock.sleep(Math.min(ms, deps.pollMs)),
    );
    instance = launched.instance;
  }
  rt.setOutput('instance-id', instance.id);
  const deadline = deps.clock.now() + inputs.readyTimeoutSeconds * 1000;
  const address = (i: InstanceInfo) => (inputs.sshAddress === 'public' ? i.publicIp : i.privateIp);
  const running = await waitForInstance(
    api,
    instance.id,
    `running with a ${inputs.sshAddress} IP`,
    (i) => i.state === 'running' && !!address(i),
    {
      ...deps,
      log: rt.log,
      deadline,
      failOn: ['stopped', 'stopping', ...GONE],
    },
  );
  const host = address(running) ?? '';
  state.set(STATE.publicIp, running.publicIp ?? '');
  state.set(STATE.sshHost, host);
  rt.log.info(`Instance ${running.id} is running at ${host}`);

  const knownHosts =
    inputs.hostKey.mode === 'console'
      ? await consoleHostKeys(context, running.id, host, deadline)
      : inputs.hostKey.mode === 'literal'
        ? [inputs.hostKey.line]
        : [];
  await withSsh(context, knownHosts, async (target, knownHostsFile) => {
    await waitForSsh(deps.exec, target, { deadline, pollMs: deps.pollMs, clock: deps.clock, log: rt.log });
    state.set(STATE.knownHosts, readKnownHostsFile(knownHostsFile).join('\n'));
    const minutes = inputs.maxLifetimeMinutes;
    const shutdown = `if [ "$(id -u)" = 0 ]; then shutdown -P +${minutes}; else sudo -n shutdown -P +${minutes}; fi`;
    const scheduled = await runRemote(deps.exec, target, shutdown, { allowFailure: true, timeoutMs: 30_000 });
    if (scheduled.exitCode === 0)
      rt.log.info(`Instance ${running.id} powers itself off in ${minutes} minutes (max-lifetime)`);
    else
      rt.log.warning(
        `Could not schedule the max-lifetime power-off on ${running.id}: ${scheduled.stderr.trim() || `exit ${scheduled.exitCode}`}. The reap phase still finds it by its cib:expires-at tag`,
      );
  });

  const outputs: Record<string, string> = {
    'public-ip': running.publicIp ?? '',
    'private-ip': running.privateIp ?? '',
    market: running.market,
    'instance-type': running.instanceType,
    'launched-at': launchedAt.toISOString(),
  };
  for (const [name, value] of Object.entries(outputs)) rt.setOutput(name, value);
  rt.appendSummary(
    `### e2c-runner\n\n| Instance | Type | Market | Address | Host key |\n| --- | --- | --- | --- | --- |\n` +
      `| \`${running.id}\` | ${running.instanceType} | ${running.market} | ${knownHostsPattern(host, inputs.sshPort)} | ${inputs.hostKey.mode} |\n`,
  );
}
