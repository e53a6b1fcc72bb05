// The buildx-node steps of the phases: setup registers the instance as a node of a local builder
// (saving what the post step needs before anything can fail), teardown removes the node and its
// ssh folder. The mechanics (ssh config, wrapper, buildx calls) are in buildx-node.ts.
import { CibError } from '../errors/cib-error';
import { builderExists, builderName, createNode, findOnPath, removeNode, writeNodeSshFiles } from './buildx-node';
import { STATE } from './job-state';
import type { PhaseContext } from './phase-context';
import { decodePrivateKey } from './ssh-files';

export async function registerBuildxNode(
  context: PhaseContext,
  instanceId: string,
  knownHosts: string[],
): Promise<void> {
  const { rt, inputs, deps, state, run } = context;
  const host = state.get(STATE.sshHost);
  if (!knownHosts.length) throw new Error(`no host key was saved for ${host} before registering the buildx node`);
  const realSsh = findOnPath('ssh', rt.env.PATH);
  if (!realSsh)
    throw new CibError('buildx-node needs the ssh client on PATH', { hint: 'apt-get install -y openssh-client' });
  const builder = builderName(run);
  const alias = `cib-e2c-${instanceId}`;
  const files = writeNodeSshFiles(
    rt.env.RUNNER_TEMP,
    { user: inputs.sshUser, host, port: inputs.sshPort, pem: decodePrivateKey(inputs.sshPrivateKey), knownHosts },
    alias,
    realSsh,
  );
  // Saved before buildx runs: the post step removes the folder (and a half-made node) whatever happens.
  state.set(STATE.nodeSshDir, files.dir);
  state.set(STATE.builder, builder);
  state.set(STATE.builderNode, alias);
  const env = rt.env as NodeJS.ProcessEnv;
  const builderExisted = await builderExists(deps.exec, env, builder);
  state.set(STATE.builderExisted, String(builderExisted));
  await createNode({
    exec: deps.exec,
    env,
    log: rt.log,
    builder,
    node: alias,
    platform: inputs.platform,
    user: inputs.sshUser,
    files,
    builderExisted,
  });
  // Later steps (multiarch-bake with builder:) run buildx too: they need our ssh first on PATH.
  rt.addPath(files.binDir);
  // Under the CLI, PATH changes only for this process: a later `docker buildx` in the job needs it too.
  rt.log.info(
    `buildx reaches the node through ${files.binDir}/ssh: keep that folder first on PATH for builds through ${builder}`,
  );
  rt.setOutput('builder', builder);
  rt.appendSummary(`Builder \`${builder}\`: node \`${alias}\` (${inputs.platform}) over SSH.\n`);
}

export async function unregisterBuildxNode(context: PhaseContext): Promise<void> {
  const { rt, deps, state } = context;
  const dir = state.get(STATE.nodeSshDir);
  const builder = state.get(STATE.builder);
  if (!dir || !builder) return;
  await removeNode({
    exec: deps.exec,
    env: rt.env,
    log: rt.log,
    builder,
    node: state.get(STATE.builderNode),
    builderExisted: state.get(STATE.builderExisted) === 'true',
    dir,
  });
  state.set(STATE.nodeSshDir, '');
}
