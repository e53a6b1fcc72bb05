export const id = 618;
export const ids = [618,534];
export const modules = {

/***/ 5618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  post: () => (/* binding */ post),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/core/src/errors/cib-error.ts
var cib_error = __webpack_require__(2332);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/ec2/job-state.ts
// What e2c-runner keeps between its phases: in the Runtime's state (the post step's STATE_*, or
// the CLI's state file across processes) and, in the seed's format, in `.e2c_instance_state_<job>`
// (TARGET_INSTANCE_ID=, E2C_PUBLIC_IP=, E2C_INSTANCE_STRATEGY=), rewritten on every change so a
// cancellation at any point leaves the latest values behind.


const STATE = {
    instanceId: 'TARGET_INSTANCE_ID',
    publicIp: 'E2C_PUBLIC_IP',
    strategy: 'E2C_INSTANCE_STRATEGY',
    /** Set before RunInstances: the post step looks for the instance by tag if no id was saved. */
    launchAttempted: 'E2C_LAUNCH_ATTEMPTED',
    /** The address SSH uses (public or private). */
    sshHost: 'E2C_SSH_HOST',
    knownHosts: 'E2C_KNOWN_HOSTS',
    buildDir: 'E2C_BUILD_DIR',
    /** buildx-node: the builder, our node in it, whether the builder existed before, the ssh folder. */
    builder: 'E2C_BUILDER',
    builderNode: 'E2C_BUILDER_NODE',
    builderExisted: 'E2C_BUILDER_EXISTED',
    nodeSshDir: 'E2C_NODE_SSH_DIR',
};
const SEED_KEYS = [STATE.instanceId, STATE.publicIp, STATE.strategy];
class JobState {
    rt;
    file;
    values = new Map();
    constructor(rt, 
    /** The seed-format state file. */
    file) {
        this.rt = rt;
        this.file = file;
    }
    get(name) {
        return this.values.get(name) ?? this.rt.getState(name);
    }
    set(name, value) {
        this.values.set(name, value);
        this.rt.saveState(name, value);
        if (SEED_KEYS.includes(name))
            this.writeSeedFile();
    }
    writeSeedFile() {
        const lines = SEED_KEYS.map((key) => [key, this.get(key)]).filter(([, value]) => value !== '');
        (0,external_node_fs_.writeFileSync)(this.file, lines.map(([key, value]) => `${key}=${value}\n`).join(''), { mode: 0o600 });
    }
    /** After a clean teardown: the seed's teardown removed its state file too. */
    removeFile() {
        (0,external_node_fs_.rmSync)(this.file, { force: true });
    }
}
/** `.e2c_instance_state_<job id>` in the runner's temp folder, or the working folder under the CLI. */
function seedStateFile(env, folder) {
    const job = (env.CI_JOB_ID || env.GITHUB_JOB || 'local').replace(/[^A-Za-z0-9_.-]/g, '_');
    return (0,external_node_path_.join)(env.RUNNER_TEMP || folder, `.e2c_instance_state_${job}`);
}

// EXTERNAL MODULE: ./packages/core/src/exec/exec.ts
var exec = __webpack_require__(8534);
// EXTERNAL MODULE: ./packages/core/src/runner/ci-context.ts
var ci_context = __webpack_require__(4032);
// EXTERNAL MODULE: ./packages/core/src/time/clock.ts
var clock = __webpack_require__(9661);
;// CONCATENATED MODULE: ./packages/core/src/ec2/ec2-api.ts
function toInfo(instance) {
    return {
        id: instance.InstanceId ?? '',
        state: instance.State?.Name ?? 'unknown',
        instanceType: instance.InstanceType ?? '',
        publicIp: instance.PublicIpAddress,
        privateIp: instance.PrivateIpAddress,
        market: instance.InstanceLifecycle === 'spot' ? 'spot' : 'on-demand',
        launchTime: instance.LaunchTime,
        tags: Object.fromEntries((instance.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
    };
}
function tagList(tags) {
    return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}
/**
 * An Ec2Api on the AWS SDK. `launchAttempts` caps the SDK's own retries for RunInstances
 * (capacity errors come as HTTP 500, which it would retry three times before we can fall back).
 */
async function createSdkEc2Api(options) {
    const sdk = await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19));
    const region = options.region || undefined;
    const client = new sdk.EC2Client({ region });
    const launchClient = new sdk.EC2Client({ region, maxAttempts: options.launchAttempts ?? 1 });
    const all = (reservations) => (reservations ?? []).flatMap((r) => r.Instances ?? []).map(toInfo);
    return {
        async launch(request) {
            const { id, name, version } = request.launchTemplate;
            const out = await launchClient.send(new sdk.RunInstancesCommand({
                MinCount: 1,
                MaxCount: 1,
                LaunchTemplate: id
                    ? { LaunchTemplateId: id, Version: version }
                    : { LaunchTemplateName: name, Version: version },
                InstanceType: request.instanceType,
                SubnetId: request.subnetId,
                ClientToken: request.clientToken,
                InstanceInitiatedShutdownBehavior: request.shutdownBehavior,
                InstanceMarketOptions: request.spot
                    ? {
                        MarketType: 'spot',
                        SpotOptions: {
                            SpotInstanceType: 'one-time',
                            InstanceInterruptionBehavior: 'terminate',
                            MaxPrice: request.spot.maxPrice,
                        },
                    }
                    : undefined,
                TagSpecifications: [
                    { ResourceType: 'instance', Tags: tagList(request.tags) },
                    { ResourceType: 'volume', Tags: tagList(request.tags) },
                ],
            }));
            const instance = out.Instances?.[0];
            if (!instance?.InstanceId)
                throw new Error('RunInstances answered without an instance id');
            return toInfo(instance);
        },
        async describe(ids) {
            return all((await client.send(new sdk.DescribeInstancesCommand({ InstanceIds: ids }))).Reservations);
        },
        async findByTags(tags, states) {
            const Filters = [
                ...Object.entries(tags).map(([key, value]) => ({ Name: `tag:${key}`, Values: [value] })),
                { Name: 'instance-state-name', Values: states },
            ];
            const found = [];
            let NextToken;
            do {
                const page = await client.send(new sdk.DescribeInstancesCommand({ Filters, NextToken }));
                found.push(...all(page.Reservations));
                NextToken = page.NextToken;
            } while (NextToken);
            return found;
        },
        async start(id) {
            await client.send(new sdk.StartInstancesCommand({ InstanceIds: [id] }));
        },
        async stop(id) {
            await client.send(new sdk.StopInstancesCommand({ InstanceIds: [id] }));
        },
        async terminate(id) {
            await client.send(new sdk.TerminateInstancesCommand({ InstanceIds: [id] }));
        },
        async consoleOutput(id) {
            const out = await client.send(new sdk.GetConsoleOutputCommand({ InstanceId: id }));
            return out.Output ? Buffer.from(out.Output, 'base64').toString('utf8') : '';
        },
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./packages/core/src/errors/input-error.ts
var input_error = __webpack_require__(2650);
;// CONCATENATED MODULE: ./packages/core/src/ec2/ssh-files.ts
// The job's SSH material on disk: the private key (PEM or base64 PEM, written mode 600 into a
// folder only we can read) and the known_hosts file, removed when the phase ends. Every form of
// the key is masked before anything could print it.




/** The PEM text of the key input; base64 PEM (the seed's E2C_SSH_PRIVATE_KEY form) is decoded. */
function decodePrivateKey(value) {
    const text = value.includes('-----BEGIN') ? value : Buffer.from(value.replace(/\s+/g, ''), 'base64').toString('utf8');
    if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text) || !/-----END [A-Z ]*PRIVATE KEY-----/.test(text))
        // Never quote the value: it is a secret, even when malformed.
        throw new input_error/* InputError */.d('ssh-private-key', '(hidden)', 'a PEM private key (-----BEGIN ... PRIVATE KEY-----) or its base64');
    return text.replace(/\r\n/g, '\n').trimEnd() + '\n';
}
/** Masks the key as given, decoded, and line by line (a log may show any one line of it). */
function maskPrivateKey(rt, value, pem) {
    rt.setSecret(value);
    rt.setSecret(pem.trim());
    for (const line of pem.split('\n'))
        if (line.length >= 16 && !line.startsWith('-----'))
            rt.setSecret(line);
}
/** Writes the key (mode 600) and known_hosts into a fresh private folder under `parent`. */
function writeSshFiles(parent, pem, knownHosts) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(parent || (0,external_node_os_.tmpdir)(), 'cib-e2c-ssh-'));
    (0,external_node_fs_.chmodSync)(dir, 0o700);
    const keyFile = (0,external_node_path_.join)(dir, 'id_key');
    const knownHostsFile = (0,external_node_path_.join)(dir, 'known_hosts');
    (0,external_node_fs_.writeFileSync)(keyFile, pem, { mode: 0o600 });
    (0,external_node_fs_.writeFileSync)(knownHostsFile, knownHosts, { mode: 0o600 });
    return { dir, keyFile, knownHostsFile, remove: () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }) };
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/phase-context.ts
// What every e2c-runner phase works with: the side effects (processes, clock, EC2) handed in, the
// run's identity from the CI context, the job state, and SSH sessions to the instance built from
// the saved address and known_hosts.








/** The real side effects. CIB_E2C_POLL_MS shortens the polling interval (the tests' simulated EC2 is fast). */
function defaultDeps(env) {
    const poll = Number(env.CIB_E2C_POLL_MS);
    return {
        exec: exec.execProcess,
        clock: clock/* systemClock */.m,
        pollMs: Number.isFinite(poll) && poll > 0 ? poll : 3000,
        ec2: (region) => createSdkEc2Api({ region, launchAttempts: 1 }),
    };
}
/** AWS credentials in the environment (the standard chain's variables): masked before any phase logs. */
const AWS_SECRETS = ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];
function phaseContext(rt, inputs, deps) {
    for (const name of AWS_SECRETS) {
        const value = rt.env[name];
        if (value)
            rt.setSecret(value);
    }
    const ci = (0,ci_context/* readCiContext */.OW)(rt.env);
    const workspace = ci.workspace || process.cwd();
    return {
        rt,
        inputs,
        deps,
        run: {
            repository: ci.repository || 'local',
            runId: ci.runId || 'local',
            runAttempt: ci.runAttempt || '1',
            job: ci.job || 'local',
        },
        workspace,
        state: new JobState(rt, seedStateFile(rt.env, workspace)),
    };
}
/**
 * Runs `fn` with an SSH target for the saved instance: the key and known_hosts written to a
 * private folder for the call and removed after it, whatever happens.
 */
async function withSsh(context, knownHosts, fn) {
    const { inputs, rt, state } = context;
    if (!inputs.sshPrivateKey)
        throw new cib_error/* CibError */.hi('ssh-private-key is empty: this phase logs in to the instance');
    const pem = decodePrivateKey(inputs.sshPrivateKey);
    maskPrivateKey(rt, inputs.sshPrivateKey, pem);
    const host = state.get(STATE.sshHost);
    if (!host)
        throw new cib_error/* CibError */.hi('No instance address in the saved state: run the setup phase first');
    const files = writeSshFiles(rt.env.RUNNER_TEMP, pem, knownHosts.map((line) => `${line}\n`).join(''));
    try {
        return await fn({
            user: inputs.sshUser,
            host,
            port: inputs.sshPort,
            keyFile: files.keyFile,
            knownHostsFile: files.knownHostsFile,
            strictHostKeyChecking: knownHosts.length ? 'yes' : 'accept-new',
        }, files.knownHostsFile);
    }
    finally {
        files.remove();
    }
}
/** The known_hosts lines saved by setup (so later phases trust exactly the key setup saw). */
function savedKnownHosts(state) {
    return state.get(STATE.knownHosts).split('\n').filter(Boolean);
}
function readKnownHostsFile(file) {
    return (0,external_node_fs_.readFileSync)(file, 'utf8').split('\n').filter(Boolean);
}

// EXTERNAL MODULE: ./packages/core/src/bake/bake-command.ts
var bake_command = __webpack_require__(3730);
;// CONCATENATED MODULE: ./packages/core/src/ec2/ssh.ts
/** Quotes one argument for a POSIX shell. */
function shellQuote(value) {
    return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
/**
 * A remote path for the shell: a leading `~/` becomes "$HOME"/ (quoted `~` would not expand),
 * the rest quoted.
 */
function remotePath(path) {
    return path.startsWith('~/') ? `"$HOME"/${shellQuote(path.slice(2))}` : shellQuote(path);
}
/** The options shared by ssh and scp. */
function sshOptions(target) {
    return [
        '-F',
        '/dev/null',
        '-i',
        target.keyFile,
        '-o',
        'IdentitiesOnly=yes',
        '-o',
        'BatchMode=yes',
        '-o',
        `StrictHostKeyChecking=${target.strictHostKeyChecking}`,
        '-o',
        `UserKnownHostsFile=${target.knownHostsFile}`,
        '-o',
        'GlobalKnownHostsFile=/dev/null',
        '-o',
        'ConnectTimeout=10',
        '-o',
        'ServerAliveInterval=15',
        '-o',
        'LogLevel=ERROR',
    ];
}
/** Runs `command` (a shell command line built with shellQuote/remotePath) on the instance. */
function runRemote(exec, target, command, options = {}) {
    return exec('ssh', [...sshOptions(target), '-p', String(target.port), `${target.user}@${target.host}`, '--', command], {
        onStdoutLine: options.onLine,
        onStderrLine: options.onLine,
        timeoutMs: options.timeoutMs,
        allowFailure: options.allowFailure,
        signal: options.signal,
    });
}
/** Copies a local file to a path relative to the remote user's home. */
function copyToRemote(exec, target, localFile, remoteRelative) {
    return exec('scp', [
        ...sshOptions(target),
        '-P',
        String(target.port),
        '-q',
        localFile,
        `${target.user}@${target.host}:${remoteRelative}`,
    ]);
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/remote-bake.ts
// The bake run on the instance: `docker buildx bake` in the build directory with the job's bake
// files, targets, --set overrides, platform and push, its output streamed into the log. The argv
// is multiarch-bake's (bake/bake-command.ts), so both actions write the same command.


/** The bake argv (run remotely through the shell, every argument quoted). */
function bakeArgv(bake) {
    const set = [...bake.set, `*.platform=${bake.platform}`];
    return ['docker', ...(0,bake_command/* plainBakeArgs */.tP)({ builder: '', files: bake.files, set, push: bake.push, targets: bake.targets })];
}
async function runRemoteBake(exec, target, buildDir, bake, log) {
    const command = `cd ${remotePath(buildDir)} && ${bakeArgv(bake).map(shellQuote).join(' ')}`;
    log.info(`Running on ${target.host}: ${bakeArgv(bake).join(' ')}`);
    await runRemote(exec, target, command, { onLine: (line) => log.info(line) });
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/dockerignore.ts
// .dockerignore rules, as docker applies them to a build context (moby/patternmatcher): one
// pattern a line, `#` comments, `!` re-includes, `*` and `?` within a path segment, `**` across
// segments, a leading `/` ignored; the last matching rule wins, and a pattern matching a folder
// matches everything inside it.
function toRegex(pattern) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            // `**/` matches zero or more folders; a trailing `**` everything below.
            if (pattern[i + 2] === '/') {
                source += '(?:.*/)?';
                i += 2;
            }
            else {
                source += '.*';
                i += 1;
            }
        }
        else if (c === '*')
            source += '[^/]*';
        else if (c === '?')
            source += '[^/]';
        else
            source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    // The pattern matches the path itself or any folder above it.
    return new RegExp(`^${source}(?:/.*)?$`);
}
function parseDockerignore(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'))
        .map((line) => {
        const negate = line.startsWith('!');
        const pattern = (negate ? line.slice(1) : line)
            .trim()
            .replace(/^\/+/, '')
            .replace(/\/+$/, '')
            .replace(/^\.\//, '');
        return { regex: toRegex(pattern), negate };
    })
        .filter((rule) => rule.regex.source !== '^(?:/.*)?$');
}
/** Whether `path` (relative, `/`-separated) is left out of the context. */
function isIgnored(path, rules) {
    let ignored = false;
    for (const rule of rules)
        if (rule.regex.test(path))
            ignored = !rule.negate;
    return ignored;
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/sync.ts
// Copies the project to the instance's build directory: the files under `sync-paths` that
// .dockerignore does not leave out (cib's own state files never go), packed with tar, sent with
// scp, unpacked remotely. tar keeps modes and symlinks; one archive is one round trip.






/** Never copied: cib's state (which names the instance) and the seed's state files. */
const OWN_FILES = /^(\.cib(\/|$)|\.e2c_instance_state_)/;
/** The files to send, relative to `root`, `/`-separated, sorted. */
function listSyncFiles(root, paths) {
    const ignoreFile = (0,external_node_path_.join)(root, '.dockerignore');
    const rules = (0,external_node_fs_.existsSync)(ignoreFile) ? parseDockerignore((0,external_node_fs_.readFileSync)(ignoreFile, 'utf8')) : [];
    const files = new Set();
    const visit = (absolute) => {
        const rel = (0,external_node_path_.relative)(root, absolute).split(external_node_path_.sep).join('/');
        if (rel.startsWith('..'))
            throw new cib_error/* CibError */.hi(`sync-paths entry ${absolute} is outside the workspace ${root}`);
        if (rel && (OWN_FILES.test(rel) || isIgnored(rel, rules))) {
            // An ignored folder may still hold re-included files (`!dir/keep`): look inside only then.
            if (!rules.some((r) => r.negate))
                return;
        }
        const stat = (0,external_node_fs_.lstatSync)(absolute);
        if (stat.isDirectory())
            for (const name of (0,external_node_fs_.readdirSync)(absolute))
                visit((0,external_node_path_.join)(absolute, name));
        else if (rel && !OWN_FILES.test(rel) && !isIgnored(rel, rules))
            files.add(rel);
    };
    for (const path of paths.length ? paths : ['.']) {
        const absolute = (0,external_node_path_.resolve)(root, path);
        if ((0,external_node_path_.relative)(root, absolute).startsWith('..'))
            throw new cib_error/* CibError */.hi(`sync-paths entry ${path} is outside the workspace ${root}`);
        if (!(0,external_node_fs_.existsSync)(absolute))
            throw new cib_error/* CibError */.hi(`sync-paths entry ${path} does not exist in ${root}`);
        visit(absolute);
    }
    return [...files].sort();
}
/** Sends the files into `buildDir` on the instance (created if missing). Returns the file count. */
async function syncProject(exec, target, options) {
    const files = listSyncFiles(options.root, options.paths);
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'cib-e2c-sync-'));
    try {
        const list = (0,external_node_path_.join)(work, 'files');
        const archive = (0,external_node_path_.join)(work, 'project.tar.gz');
        (0,external_node_fs_.writeFileSync)(list, files.map((f) => `${f}\0`).join(''));
        await exec('tar', ['-czf', archive, '-C', options.root, '--null', '--no-recursion', '-T', list]);
        const dir = remotePath(options.buildDir);
        const upload = `.cib-sync-${process.pid}.tar.gz`;
        await runRemote(exec, target, `mkdir -p ${dir}`);
        await copyToRemote(exec, target, archive, upload);
        await runRemote(exec, target, `tar -xzf ${shellQuote(upload)} -C ${dir} && rm -f ${shellQuote(upload)}`);
        options.log.info(`Copied ${files.length} files to ${options.buildDir} on ${target.host}`);
        return files.length;
    }
    finally {
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/build-phase.ts
// The build phase: copy the project into the job's build directory on the instance and run the
// bake there, streaming its output into the log.






/** The remote build directory: build-dir, else <E2C_BUILD_DIR or ~/builds>/<run id>-<job>. */
function buildDirectory(context) {
    const { inputs, run } = context;
    const dir = inputs.buildDir || `${inputs.buildDirBase.replace(/\/+$/, '')}/${run.runId}-${run.job}`;
    return dir.replace(/^~$/, '~/');
}
async function buildPhase(context) {
    const { rt, inputs, deps, state } = context;
    if (!state.get(STATE.instanceId))
        throw new cib_error/* CibError */.hi('No instance in the saved state: run the setup phase first');
    const buildDir = buildDirectory(context);
    state.set(STATE.buildDir, buildDir);
    await withSsh(context, savedKnownHosts(state), async (target) => {
        const files = await rt.log.group('Copy the project to the instance', () => syncProject(deps.exec, target, { root: context.workspace, paths: inputs.syncPaths, buildDir, log: rt.log }));
        await rt.log.group(`docker buildx bake on ${state.get(STATE.instanceId)}`, () => runRemoteBake(deps.exec, target, buildDir, {
            files: inputs.bakeFiles,
            targets: inputs.bakeTargets,
            set: inputs.bakeSet,
            platform: inputs.platform,
            push: inputs.push,
        }, rt.log));
        rt.appendSummary(`Built ${inputs.bakeTargets.join(', ') || 'the default group'} for ${inputs.platform} on \`${state.get(STATE.instanceId)}\` (${files} files copied${inputs.push ? ', pushed' : ''}).\n`);
    });
}
/** Removes the job's build directory from the instance; a failure is a warning (teardown follows). */
async function cleanupPhase(context) {
    const { rt, deps, state } = context;
    const buildDir = state.get(STATE.buildDir);
    if (!buildDir || !state.get(STATE.sshHost) || !state.get(STATE.instanceId)) {
        rt.log.info('No build directory to remove');
        return;
    }
    if (['~', '~/', '/', '.', ''].includes(buildDir.trim()))
        throw new cib_error/* CibError */.hi(`Refusing to remove build directory ${buildDir}`);
    try {
        await withSsh(context, savedKnownHosts(state), async (target) => {
            await runRemote(deps.exec, target, `rm -rf -- ${remotePath(buildDir)}`, { timeoutMs: 120_000 });
        });
        rt.log.info(`Removed ${buildDir} from the instance`);
    }
    catch (error) {
        rt.log.warning(`Could not remove ${buildDir} from the instance: ${error instanceof Error ? error.message : String(error)}`);
    }
}

// EXTERNAL MODULE: ./packages/core/src/runner/inputs.ts
var runner_inputs = __webpack_require__(5763);
;// CONCATENATED MODULE: ./packages/core/src/ec2/inputs.ts
// e2c-runner's inputs, parsed once into a typed object through the one input layer: the
// action.yml inputs, several falling back to the seed pipeline's variable when empty, checked
// before anything is launched so that a bad value fails with one InputError and nothing
// half-created.



const PHASES = ['setup', 'build', 'cleanup', 'teardown', 'reap'];
/** The seed pipeline's variables, by input. */
const SEED_VARIABLES = {
    strategy: 'E2C_INSTANCE_STRATEGY',
    'instance-id': 'E2C_INSTANCE_ID',
    'launch-template-id': 'E2C_LAUNCH_TEMPLATE_ID',
    'ssh-user': 'E2C_SSH_USER',
    'ssh-private-key': 'E2C_SSH_PRIVATE_KEY',
    spot: 'E2C_USE_SPOT',
    'spot-max-price': 'E2C_SPOT_MAX_PRICE',
    region: 'AWS_DEFAULT_REGION',
};
const env = (name) => ({ env: SEED_VARIABLES[name] });
function readHostKey(value) {
    if (value === '' || value === 'accept-new')
        return { mode: 'accept-new' };
    if (value === 'console')
        return { mode: 'console' };
    // A known_hosts line: host patterns, key type, base64 key.
    if (/^\S+\s+(ssh-|ecdsa-|sk-)\S+\s+[A-Za-z0-9+/=]+(\s.*)?$/.test(value))
        return { mode: 'literal', line: value };
    throw new input_error/* InputError */.d('host-key', value, 'console, accept-new or a known_hosts line (host key-type base64-key)');
}
/** What bake-targets, bake-files and bake-set may take together (see below). */
const MAX_REMOTE_BAKE_CHARS = 65_536;
/**
 * Reads and checks every input. The private key is registered as a secret first, before anything
 * could print it (an InputError quoting another input included).
 */
function readE2cInputs(inputs, rt) {
    const sshPrivateKey = (0,runner_inputs/* readSecret */.n5)(inputs, 'ssh-private-key', (secret) => rt.setSecret(secret), env('ssh-private-key'));
    const phase = inputs.raw('phase') === '' ? undefined : (0,runner_inputs/* readEnum */.ai)(inputs, 'phase', PHASES, 'setup');
    const strategyValue = (0,runner_inputs/* readString */.E3)(inputs, 'strategy', env('strategy'));
    const strategy = strategyValue === ''
        ? undefined
        : (0,runner_inputs/* readEnum */.ai)(inputs, 'strategy', ['existing', 'template'], 'template', env('strategy'));
    const result = {
        phase,
        strategy,
        instanceId: (0,runner_inputs/* readString */.E3)(inputs, 'instance-id', env('instance-id')),
        launchTemplate: {
            id: (0,runner_inputs/* readString */.E3)(inputs, 'launch-template-id', env('launch-template-id')),
            name: (0,runner_inputs/* readString */.E3)(inputs, 'launch-template-name'),
            version: (0,runner_inputs/* readString */.E3)(inputs, 'launch-template-version', { fallback: '$Default' }),
        },
        instanceTypes: (0,runner_inputs/* readList */.LD)(inputs, 'instance-types'),
        subnetIds: (0,runner_inputs/* readList */.LD)(inputs, 'subnet-ids'),
        spot: (0,runner_inputs/* readBoolean */.Vf)(inputs, 'spot', false, env('spot')),
        spotMaxPrice: (0,runner_inputs/* readString */.E3)(inputs, 'spot-max-price', env('spot-max-price')),
        spotFallback: (0,runner_inputs/* readEnum */.ai)(inputs, 'spot-fallback', ['on-demand', 'fail'], 'on-demand'),
        region: (0,runner_inputs/* readString */.E3)(inputs, 'region', env('region')),
        sshUser: (0,runner_inputs/* readString */.E3)(inputs, 'ssh-user', { ...env('ssh-user'), fallback: 'admin' }),
        sshPrivateKey,
        sshPort: (0,runner_inputs/* readNumber */.kz)(inputs, 'ssh-port', { fallback: 22, min: 1, max: 65535 }),
        sshAddress: (0,runner_inputs/* readEnum */.ai)(inputs, 'ssh-address', ['public', 'private'], 'public'),
        readyTimeoutSeconds: (0,runner_inputs/* readNumber */.kz)(inputs, 'ready-timeout', { fallback: 300, min: 1, max: 3600, unit: 'seconds' }),
        hostKey: readHostKey(inputs.raw('host-key')),
        maxLifetimeMinutes: (0,runner_inputs/* readNumber */.kz)(inputs, 'max-lifetime', { fallback: 120, min: 5, max: 10080, unit: 'minutes' }),
        tags: (0,runner_inputs/* readKeyValues */._Z)(inputs, 'tags', /^[A-Za-z0-9 _.:/=+\-@]{1,128}$/),
        build: (0,runner_inputs/* readBoolean */.Vf)(inputs, 'build', false),
        syncPaths: (0,runner_inputs/* readLines */.Se)(inputs, 'sync-paths'),
        buildDir: (0,runner_inputs/* readString */.E3)(inputs, 'build-dir'),
        buildDirBase: (inputs.env.E2C_BUILD_DIR ?? '').trim() || '~/builds',
        bakeFiles: (0,runner_inputs/* readLines */.Se)(inputs, 'bake-files'),
        bakeTargets: (0,runner_inputs/* readList */.LD)(inputs, 'bake-targets'),
        bakeSet: (0,runner_inputs/* readLines */.Se)(inputs, 'bake-set'),
        push: (0,runner_inputs/* readBoolean */.Vf)(inputs, 'push', false),
        platform: (0,runner_inputs/* readString */.E3)(inputs, 'platform', { fallback: 'linux/arm64' }),
        buildxNode: (0,runner_inputs/* readBoolean */.Vf)(inputs, 'buildx-node', false),
        reapOlderThanMinutes: inputs.raw('reap-older-than') === ''
            ? undefined
            : (0,runner_inputs/* readNumber */.kz)(inputs, 'reap-older-than', { fallback: 0, min: 0, unit: 'minutes' }),
    };
    // EC2 names and ids are checked here, so a typo fails naming our input rather than with EC2's
    // parameter name (InvalidParameterValue for InstanceType), and nothing odd reaches a request.
    for (const [input, values, pattern, expected] of [
        [
            'launch-template-id',
            [result.launchTemplate.id],
            /^lt-[0-9a-z]+$/,
            'a launch template id such as lt-0123456789abcdef0',
        ],
        [
            'launch-template-name',
            [result.launchTemplate.name],
            /^[A-Za-z0-9().\-/_]{3,128}$/,
            'a launch template name (3-128 letters, digits and ( ) . - / _)',
        ],
        [
            'launch-template-version',
            [result.launchTemplate.version],
            /^(\$Default|\$Latest|[1-9]\d{0,17})$/,
            '$Default, $Latest or a version number',
        ],
        ['instance-types', result.instanceTypes, /^[a-z][a-z0-9-]*\.[a-z0-9-]+$/, 'instance types such as c7g.large'],
        ['subnet-ids', result.subnetIds, /^subnet-[0-9a-z]+$/, 'subnet ids such as subnet-0123456789abcdef0'],
        ['region', [result.region], /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/, 'an AWS region such as eu-north-1'],
        ['ssh-user', [result.sshUser], /^[A-Za-z_][A-Za-z0-9_.-]{0,31}$/, 'a user name such as admin or ec2-user'],
        // A folder on the instance that the cleanup removes (rm -rf over SSH): absolute or under ~/,
        // at least two levels deep, no `.` or `..` level, no leading `-`, characters a path needs and
        // no shell would read, at most PATH_MAX. `../../etc/passwd` on the instance must not reach
        // rm -rf (the hardening suite's sshd runs on this machine, as root).
        [
            'build-dir',
            [result.buildDir],
            /^(?=.{1,4095}$)(?!.*\/\.{1,2}(\/|$))(~\/|\/)[A-Za-z0-9_@%+=:,][A-Za-z0-9_.@%+=:,-]*\/[A-Za-z0-9_.@%+=:,/-]*$/,
            'an absolute folder path on the instance (or one under ~/), at least two levels deep, without . or .. levels',
        ],
        // Bake files (relative to the synced project), targets and the platform reach the remote bake
        // command: names a bake file or target can have, nothing a shell or option parser would read.
        [
            'bake-files',
            result.bakeFiles,
            /^(?=.{1,1024}$)(?!.*(^|\/)\.\.(\/|$))[A-Za-z0-9_@%+=:,][A-Za-z0-9_.@%+=:,/-]*$/,
            'bake file paths in the project, such as docker-bake.hcl (no .. level, no spaces)',
        ],
        ['bake-targets', result.bakeTargets, bake_command/* BAKE_NAME */.eX, 'bake target or group names such as app'],
        [
            'bake-set',
            result.bakeSet,
            /^(?=[^\n\r]{1,8192}$)[A-Za-z0-9_*-][A-Za-z0-9_.*-]*\.[A-Za-z0-9_.-]+=/,
            'target.key=value lines such as app.args.VERSION=1.2.3 (at most 8192 characters each)',
        ],
        ['platform', [result.platform], /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/, 'one platform such as linux/arm64'],
    ]) {
        const bad = values.find((value) => value !== '' && !pattern.test(value));
        if (bad !== undefined)
            throw new input_error/* InputError */.d(input, bad, expected);
    }
    // The bake's files, targets and --set lines become one remote command: one argument of ssh, and
    // of the shell sshd starts, which Linux caps at 128 KiB (MAX_ARG_STRLEN); past it the build
    // would fail with E2BIG. 64 KiB leaves room for quoting and the cd before it.
    const bakeInputs = [
        ['bake-targets', inputs.raw('bake-targets'), result.bakeTargets],
        ['bake-files', inputs.raw('bake-files'), result.bakeFiles],
        ['bake-set', inputs.raw('bake-set'), result.bakeSet],
    ];
    const bakeChars = bakeInputs.reduce((n, [, , values]) => n + values.reduce((m, v) => m + v.length + 3, 0), 0);
    if (bakeChars > MAX_REMOTE_BAKE_CHARS) {
        const [input, raw] = [...bakeInputs].sort((a, b) => b[1].length - a[1].length)[0];
        throw new input_error/* InputError */.d(input, raw, `bake-targets, bake-files and bake-set of at most ${MAX_REMOTE_BAKE_CHARS} characters together (they become one command on the instance; these take ${bakeChars})`, 'Name a bake group instead of many targets, or move --set values into a bake file');
    }
    if (result.spotMaxPrice && !/^\d+(\.\d+)?$/.test(result.spotMaxPrice))
        throw new input_error/* InputError */.d('spot-max-price', result.spotMaxPrice, 'a price in USD per hour such as 0.10, or empty');
    if (result.launchTemplate.id && result.launchTemplate.name)
        throw new input_error/* InputError */.d('launch-template-name', result.launchTemplate.name, 'empty when launch-template-id is given (one of the two)');
    return result;
}
/** The checks only setup needs: what to start or launch, and how to log in. */
function checkSetupInputs(inputs) {
    if (!inputs.strategy)
        throw new input_error/* InputError */.d('strategy', '', 'existing or template (or E2C_INSTANCE_STRATEGY)');
    if (inputs.strategy === 'existing' && !/^i-[0-9a-f]{8,17}$/.test(inputs.instanceId))
        throw new input_error/* InputError */.d('instance-id', inputs.instanceId, 'an instance id such as i-0123456789abcdef0 (strategy existing)');
    if (inputs.strategy === 'template' && !inputs.launchTemplate.id && !inputs.launchTemplate.name)
        throw new input_error/* InputError */.d('launch-template-id', '', 'a launch template id (lt-...) or a launch-template-name (strategy template)');
    if (!inputs.sshPrivateKey)
        throw new input_error/* InputError */.d('ssh-private-key', '', 'the private key to log in with (PEM or base64 PEM)');
    return inputs.strategy;
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/aws-error.ts
// What an error from EC2 means for e2c-runner: fall back (capacity), stop at once (permissions,
// bad parameters, credentials), or wait and retry (eventual consistency, state changes). Codes from
// the EC2 API reference's error codes page and the SDK's error `name`.
/** Errors that mean "try another type, subnet or market". */
const CAPACITY = new Set([
    'InsufficientInstanceCapacity',
    'InsufficientCapacity',
    'UnfulfillableCapacity',
    'SpotMaxPriceTooLow',
    'MaxSpotInstanceCountExceeded',
    'Unsupported',
    'VcpuLimitExceeded',
    'InstanceLimitExceeded',
]);
/** Credentials that were good and no longer are (EC2 says RequestExpired; STS-style services ExpiredToken). */
const EXPIRED = new Set(['RequestExpired', 'ExpiredToken', 'ExpiredTokenException']);
/** Nothing a retry or a fallback can fix: say so and stop. */
const FATAL = new Set([
    'UnauthorizedOperation',
    'AuthFailure',
    'InvalidClientTokenId',
    'SignatureDoesNotMatch',
    'OptInRequired',
    'Blocked',
    'IdempotentParameterMismatch',
    'MissingParameter',
    'UnknownParameter',
]);
/** Server-side trouble and throttling: the same request later may well work. */
const TRANSIENT = new Set([
    'InternalError',
    'InternalFailure',
    'Unavailable',
    'ServiceUnavailable',
    'RequestLimitExceeded',
    'Throttling',
]);
/**
 * Requests that got no answer: the connection was reset or refused, timed out, or the name did not
 * resolve for now. The SDK throws node's own error (its `code`), or TimeoutError for its request
 * timeout. A RunInstances repeated with its ClientToken cannot launch a second instance.
 */
const NO_ANSWER = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']);
function networkCode(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : '';
}
function httpStatus(error) {
    const metadata = error?.$metadata;
    return metadata?.httpStatusCode ?? 0;
}
function errorCode(error) {
    if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string')
        return error.name;
    return '';
}
function classifyEc2Error(error) {
    const code = errorCode(error);
    if (CAPACITY.has(code))
        return 'capacity';
    if (EXPIRED.has(code))
        return 'expired';
    if (code === 'InvalidInstanceID.NotFound')
        return 'not-found';
    if (code === 'IncorrectInstanceState')
        return 'incorrect-state';
    if (TRANSIENT.has(code) || httpStatus(error) >= 500)
        return 'transient';
    if (NO_ANSWER.has(networkCode(error)) || code === 'TimeoutError')
        return 'transient';
    if (FATAL.has(code) || code.startsWith('InvalidParameter') || code.startsWith('InvalidLaunchTemplate'))
        return 'fatal';
    return 'other';
}
/** `Code: AWS's message`, the form every e2c-runner error quotes EC2 in. */
function describeEc2Error(error) {
    const code = errorCode(error);
    const message = error instanceof Error ? error.message : String(error);
    return code && code !== 'Error' ? `${code}: ${message}` : message;
}
/** Whether waiting longer cannot help: permissions, credentials, bad parameters. */
function endsWaiting(error) {
    const kind = classifyEc2Error(error);
    return kind === 'fatal' || kind === 'expired';
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/host-keys.ts
// Host key checking for the instance: pin the keys cloud-init prints to the console (`console`),
// trust the first key seen for the rest of the job (`accept-new`), or a known_hosts line given.
// cloud-init writes the keys between `-----BEGIN SSH HOST KEY KEYS-----` and `-----END SSH HOST KEY
// KEYS-----` (CRLF line ends on the serial console).
/** The host pattern known_hosts uses: `host`, or `[host]:port` off port 22. */
function knownHostsPattern(host, port) {
    return port === 22 ? host : `[${host}]:${port}`;
}
/** known_hosts lines for `host` from console output; [] until cloud-init has printed its keys. */
function hostKeysFromConsole(output, host, port) {
    const text = output.replace(/\r/g, '');
    const start = text.indexOf('-----BEGIN SSH HOST KEY KEYS-----');
    const end = text.indexOf('-----END SSH HOST KEY KEYS-----', start);
    if (start < 0 || end < 0)
        return [];
    return text
        .slice(start, end)
        .split('\n')
        .slice(1)
        .map((line) => line.trim().split(/\s+/))
        .filter((parts) => parts.length >= 2 && /^(ssh-|ecdsa-|sk-)/.test(parts[0]))
        .map(([type, key]) => `${knownHostsPattern(host, port)} ${type} ${key}`);
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/run-tags.ts
// The tags every instance and volume e2c-runner creates carries from creation (TagSpecifications,
// never tagged afterwards, so even an instance whose id was never saved is findable), and the
// ClientToken that makes a retried RunInstances launch nothing twice.
/** The tags that find this job's instances again (teardown with lost state). */
function runTags(run) {
    return {
        'cib:managed': 'true',
        'cib:repository': run.repository,
        'cib:run-id': run.runId,
        'cib:run-attempt': run.runAttempt,
        'cib:job': run.job,
    };
}
/** Every tag of a launch: ours, the expiry, then the user's extra tags (which cannot override ours). */
function launchTags(run, launchedAt, maxLifetimeMinutes, extra) {
    const expiresAt = new Date(launchedAt.getTime() + maxLifetimeMinutes * 60_000)
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z');
    return {
        ...Object.fromEntries([...extra].filter(([key]) => !key.startsWith('cib:'))),
        ...runTags(run),
        'cib:expires-at': expiresAt,
    };
}
/**
 * RunInstances' ClientToken for try `tryNumber` of this run, attempt and job: the same inputs give
 * the same token, so a retried call returns the instance already launched instead of a second one.
 * EC2 allows 64 ASCII characters; a hash keeps long job names within that.
 */
function clientToken(run, tryNumber) {
    const digest = process
        .getBuiltinModule('node:crypto')
        .createHash('sha256')
        .update(`${run.repository}\n${run.runId}\n${run.runAttempt}\n${run.job}\n${run.step ?? ''}`)
        .digest('hex')
        .slice(0, 40);
    return `cib-${digest}-${tryNumber}`;
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/launch.ts
// Launching from the launch template with capacity fallback: through the instance types, then the
// subnets, then (for spot, when allowed) on-demand, each step in the log. Every try has its own
// ClientToken (run, attempt, job, try number), so the SDK's retries of one try never launch a
// second instance. Fatal errors (permissions, bad parameters, credentials) stop at once with AWS's
// message. `onLaunched` runs the moment EC2 answers with the id, before anything else.



/** The tries in order: types inside subnets inside markets. */
function launchTries(plan) {
    const markets = plan.spot
        ? plan.spotFallback === 'on-demand'
            ? ['spot', 'on-demand']
            : ['spot']
        : ['on-demand'];
    const subnets = plan.subnetIds.length ? plan.subnetIds : [undefined];
    const types = plan.instanceTypes.length ? plan.instanceTypes : [undefined];
    return markets.flatMap((market) => subnets.flatMap((subnetId) => types.map((instanceType) => ({ market, subnetId, instanceType }))));
}
function describeTry(t) {
    return `${t.market} ${t.instanceType ?? "the template's type"} in ${t.subnetId ?? "the template's subnet"}`;
}
/** Server errors and throttling: the same try again, with the same ClientToken. */
const TRANSIENT_RETRIES = 3;
/**
 * One try, repeated on transient errors with its own ClientToken: if EC2 launched the instance
 * but its answer was lost, the repeat returns that instance instead of launching another.
 */
async function launchOnce(api, request, log, sleep) {
    for (let repeat = 0;; repeat++) {
        try {
            return await api.launch(request);
        }
        catch (error) {
            if (classifyEc2Error(error) !== 'transient' || repeat >= TRANSIENT_RETRIES)
                throw error;
            log.info(`RunInstances: ${describeEc2Error(error)}; repeating with the same ClientToken`);
            await sleep(1000 * 2 ** repeat);
        }
    }
}
async function launchWithFallback(api, plan, log, onLaunched, sleep) {
    const tries = launchTries(plan);
    const failures = [];
    for (const [index, attempt] of tries.entries()) {
        log.info(`Launching ${describeTry(attempt)} (try ${index + 1} of ${tries.length})`);
        try {
            const instance = await launchOnce(api, {
                launchTemplate: plan.launchTemplate,
                instanceType: attempt.instanceType,
                subnetId: attempt.subnetId,
                spot: attempt.market === 'spot' ? { maxPrice: plan.spotMaxPrice || undefined } : undefined,
                clientToken: clientToken(plan.run, index + 1),
                tags: plan.tags,
                shutdownBehavior: 'terminate',
            }, log, sleep);
            onLaunched(instance, attempt);
            return { instance, attempt };
        }
        catch (error) {
            if (classifyEc2Error(error) !== 'capacity')
                throw new cib_error/* CibError */.hi(`RunInstances failed (${describeTry(attempt)}): ${describeEc2Error(error)}`, {
                    cause: error,
                });
            failures.push(`${describeTry(attempt)}: ${describeEc2Error(error)}`);
            const next = tries[index + 1];
            log.warning(`No capacity for ${describeTry(attempt)} (${describeEc2Error(error).split(':')[0]})` +
                (next ? `; trying ${describeTry(next)}` : ''));
        }
    }
    throw new cib_error/* CibError */.hi(`No capacity for any of ${tries.length} launch tries:\n  ${failures.join('\n  ')}`, {
        hint: plan.spot && plan.spotFallback === 'fail'
            ? 'Set spot-fallback: on-demand, or add instance-types and subnet-ids to try'
            : 'Add instance-types and subnet-ids (other Availability Zones) to try',
    });
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/buildx-node.ts
// buildx-node: the instance as a native node of a local buildx builder. buildx reaches an ssh://
// endpoint through the docker CLI's connection helper, which runs `ssh -l <user> -- <host>
// docker system dial-stdio` found on PATH, with no way to pass `-i` or `-F`; and ssh reads
// `~/.ssh/config` from the passwd entry, not $HOME. So the node's ssh material lives in a folder
// of our own: the key, the pinned known_hosts, an ssh config whose Host alias carries the address,
// port, key and host-key checking (then includes the user's own config for every other host),
// and an `ssh` on a PATH folder that calls the real ssh with `-F` that config. The folder is added
// to the job's PATH so later steps (multiarch-bake with `builder:`) reach the node too; the post
// step removes the node and the folder.





/** The builder's name: one per run and job, so parallel jobs never share a builder. */
function builderName(run) {
    return `cib-e2c-${run.runId}-${run.job}`.replace(/[^A-Za-z0-9_.-]/g, '-').toLowerCase();
}
/** The absolute path of `program` on PATH (the wrapper must not find itself). */
function findOnPath(program, path, skip = []) {
    for (const dir of (path ?? '').split(external_node_path_.delimiter)) {
        if (!dir || skip.includes(dir))
            continue;
        const candidate = (0,external_node_path_.join)(dir, program);
        try {
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
/** The node's Host block: everything ssh needs, so the endpoint is just `ssh://user@alias`. */
function nodeHostBlock(alias, target, keyFile, knownHostsFile) {
    // Quoted values: a runner temp folder may hold spaces.
    const q = (value) => `"${value}"`;
    return [
        `Host ${alias}`,
        `  HostName ${target.host}`,
        `  Port ${target.port}`,
        `  User ${target.user}`,
        `  IdentityFile ${q(keyFile)}`,
        '  IdentitiesOnly yes',
        '  BatchMode yes',
        // Setup pinned the host key (console, literal, or the one seen on first use): nothing else is trusted.
        '  StrictHostKeyChecking yes',
        `  UserKnownHostsFile ${q(knownHostsFile)}`,
        '  GlobalKnownHostsFile /dev/null',
        '  ServerAliveInterval 15',
        '  LogLevel ERROR',
        '',
    ].join('\n');
}
/**
 * The config our `ssh` runs with. buildx connects to every node of a builder (appending one
 * checks the others), and only the first of our `ssh` programs on PATH runs: so each includes
 * the Host blocks of all our nodes beside it, then the user's and the system's config, which
 * `-F` would otherwise replace, for every other host.
 */
function nodeSshConfig(parent) {
    return [
        `Include "${(0,external_node_path_.join)(parent, `${DIR_PREFIX}*`, HOST_BLOCK)}"`,
        'Match all',
        'Include ~/.ssh/config /etc/ssh/ssh_config',
        '',
    ].join('\n');
}
const DIR_PREFIX = 'cib-e2c-node-';
const HOST_BLOCK = 'host.conf';
/** Writes the node's key, known_hosts, ssh config and `ssh` wrapper into a new private folder. */
function writeNodeSshFiles(parent, target, alias, realSsh) {
    const base = parent || (0,external_node_os_.tmpdir)();
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(base, DIR_PREFIX));
    (0,external_node_fs_.chmodSync)(dir, 0o700);
    const keyFile = (0,external_node_path_.join)(dir, 'id_key');
    const knownHostsFile = (0,external_node_path_.join)(dir, 'known_hosts');
    const configFile = (0,external_node_path_.join)(dir, 'ssh_config');
    const binDir = (0,external_node_path_.join)(dir, 'bin');
    (0,external_node_fs_.writeFileSync)(keyFile, target.pem, { mode: 0o600 });
    (0,external_node_fs_.writeFileSync)(knownHostsFile, target.knownHosts.map((line) => `${line}\n`).join(''), { mode: 0o600 });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, HOST_BLOCK), nodeHostBlock(alias, target, keyFile, knownHostsFile), { mode: 0o600 });
    (0,external_node_fs_.writeFileSync)(configFile, nodeSshConfig(base), { mode: 0o600 });
    (0,external_node_fs_.mkdirSync)(binDir, { mode: 0o700 });
    // A fixed two-line program: the arguments buildx gives pass through untouched as "$@".
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(binDir, 'ssh'), `#!/bin/sh\n# cib e2c-runner: ssh with the buildx node's own config.\nexec ${shellQuote(realSsh)} -F ${shellQuote(configFile)} "$@"\n`, { mode: 0o700 });
    return { dir, binDir, configFile, alias };
}
/** The environment buildx runs with: our `ssh` first on PATH. */
function nodeEnv(env, files) {
    return { ...env, PATH: [files.binDir, env.PATH ?? ''].filter(Boolean).join(external_node_path_.delimiter) };
}
/** Whether the builder exists already: then the post step only takes our node out of it. */
async function builderExists(exec, env, builder) {
    const inspect = await exec('docker', ['buildx', 'inspect', builder], { env, allowFailure: true });
    return inspect.exitCode === 0;
}
/** Appends the node to the builder, or creates the builder with it. */
async function createNode(options) {
    const { exec, env, log, builder, node, platform, user, files, builderExisted } = options;
    const args = ['buildx', 'create', ...(builderExisted ? ['--append'] : []), '--name', builder];
    // docker-container explicitly: buildx 0.13 picks the remote driver for a bare ssh:// URL, which
    // wants buildkitd and buildctl on the instance; docker-container needs only docker there.
    args.push('--driver', 'docker-container', '--node', node, '--platform', platform);
    args.push(`ssh://${user}@${files.alias}`);
    const created = await exec('docker', args, { env: nodeEnv(env, files), allowFailure: true });
    if (created.exitCode !== 0)
        throw new cib_error/* CibError */.hi(`docker buildx create could not add the instance as node ${node} of builder ${builder}: ${(created.stderr || created.stdout).trim().slice(0, 800)}`, {
            hint: 'The instance needs docker (with buildx) running and the ssh user in the docker group; this runner needs docker buildx',
        });
    log.info(`Builder ${builder}: node ${node} (${platform}) at ssh://${user}@${files.alias}`);
}
/**
 * Removes the node (the whole builder when we created it), then the ssh folder, always. A failure
 * to remove the node only warns: the instance's teardown, which follows, matters more.
 */
async function removeNode(options) {
    const { exec, env, log, builder, node, builderExisted, dir } = options;
    try {
        const args = builderExisted
            ? ['buildx', 'create', '--leave', '--name', builder, '--node', node]
            : // --keep-state: the BuildKit volume stays on the instance, so an existing instance stays warm.
                ['buildx', 'rm', '--keep-state', builder];
        const result = await exec('docker', args, { env: nodeEnv(env, { binDir: (0,external_node_path_.join)(dir, 'bin') }), allowFailure: true });
        if (result.exitCode === 0)
            log.info(builderExisted ? `Node ${node} left builder ${builder}` : `Builder ${builder} removed`);
        else
            log.warning(`Could not remove ${builderExisted ? `node ${node} from builder ${builder}` : `builder ${builder}`}: ${result.stderr.trim().slice(0, 400)}. Remove it with: docker buildx rm ${builder}`);
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/node-phase.ts
// The buildx-node steps of the phases: setup registers the instance as a node of a local builder
// (saving what the post step needs before anything can fail), teardown removes the node and its
// ssh folder. The mechanics (ssh config, wrapper, buildx calls) are in buildx-node.ts.




async function registerBuildxNode(context, instanceId, knownHosts) {
    const { rt, inputs, deps, state, run } = context;
    const host = state.get(STATE.sshHost);
    if (!knownHosts.length)
        throw new Error(`no host key was saved for ${host} before registering the buildx node`);
    const realSsh = findOnPath('ssh', rt.env.PATH);
    if (!realSsh)
        throw new cib_error/* CibError */.hi('buildx-node needs the ssh client on PATH', { hint: 'apt-get install -y openssh-client' });
    const builder = builderName(run);
    const alias = `cib-e2c-${instanceId}`;
    const files = writeNodeSshFiles(rt.env.RUNNER_TEMP, { user: inputs.sshUser, host, port: inputs.sshPort, pem: decodePrivateKey(inputs.sshPrivateKey), knownHosts }, alias, realSsh);
    // Saved before buildx runs: the post step removes the folder (and a half-made node) whatever happens.
    state.set(STATE.nodeSshDir, files.dir);
    state.set(STATE.builder, builder);
    state.set(STATE.builderNode, alias);
    const env = rt.env;
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
    rt.log.info(`buildx reaches the node through ${files.binDir}/ssh: keep that folder first on PATH for builds through ${builder}`);
    rt.setOutput('builder', builder);
    rt.appendSummary(`Builder \`${builder}\`: node \`${alias}\` (${inputs.platform}) over SSH.\n`);
}
async function unregisterBuildxNode(context) {
    const { rt, deps, state } = context;
    const dir = state.get(STATE.nodeSshDir);
    const builder = state.get(STATE.builder);
    if (!dir || !builder)
        return;
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

;// CONCATENATED MODULE: ./packages/core/src/ec2/ssh-ready.ts
// SSH is ready when a command succeeds, not when the port opens: cloud-init installs the key
// after sshd starts, so "Permission denied" early on is normal. Polls until `true` runs or the
// deadline passes; a host key that does not match the pinned one ends it at once.


async function waitForSsh(exec, target, options) {
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
            throw new cib_error/* CibError */.hi(`The host key of ${target.host}:${target.port} does not match the pinned one (${last})`, {
                hint: 'Check the host-key input; with host-key: console the key comes from the instance console output',
            });
        options.log.debug(`SSH not ready yet (try ${tries}): ${last}`);
        if (options.clock.now() + options.pollMs > options.deadline)
            throw new cib_error/* CibError */.hi(`SSH to ${target.user}@${target.host}:${target.port} did not work within ready-timeout (${tries} tries; last: ${last})`, {
                hint: 'Check that ssh-private-key matches the instance key pair, ssh-user is the AMI user (admin on Debian), and the security group lets this runner reach ssh-port',
            });
        await options.clock.sleep(options.pollMs);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/wait.ts
// Bounded waits on an instance, polling DescribeInstances every few seconds. Unlike the SDK's
// waiters (15-120 s delays, every error retried silently until the time runs out), a wait here
// ends at once when waiting cannot help (UnauthorizedOperation, expired credentials), saying why,
// and retries InvalidInstanceID.NotFound (EC2 is eventually consistent right after a launch).


/** Polls until `done(instance)` holds; throws when a state in `failOn` shows up or time runs out. */
async function waitForInstance(api, id, what, done, options) {
    let last = 'no answer yet';
    for (;;) {
        try {
            const [instance] = await api.describe([id]);
            if (instance) {
                if (done(instance))
                    return instance;
                if (options.failOn?.includes(instance.state))
                    throw new cib_error/* CibError */.hi(`Instance ${id} is ${instance.state} while waiting until it is ${what}`);
                last = `state ${instance.state}`;
            }
        }
        catch (error) {
            if (error instanceof cib_error/* CibError */.hi)
                throw error;
            if (endsWaiting(error))
                throw new cib_error/* CibError */.hi(`Stopped waiting until ${id} is ${what}: ${describeEc2Error(error)}`, { cause: error });
            if (classifyEc2Error(error) !== 'not-found')
                options.log.debug(`DescribeInstances: ${describeEc2Error(error)}`);
            last = describeEc2Error(error);
        }
        if (options.clock.now() + options.pollMs > options.deadline)
            throw new cib_error/* CibError */.hi(`Instance ${id} was not ${what} in time (last: ${last})`);
        await options.clock.sleep(options.pollMs);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/setup-phase.ts
// The setup phase: start the existing instance or launch one from the template (saving its id the
// moment EC2 answers), wait until it runs and has its address, settle the host key, wait until an
// SSH command works, and tell the instance to power itself off after max-lifetime.













const GONE = ['shutting-down', 'terminated'];
async function startExisting(context, id, deadline) {
    const { deps, rt } = context;
    const api = await deps.ec2(context.inputs.region);
    for (;;) {
        try {
            await api.start(id);
            rt.log.info(`Starting instance ${id}`);
            break;
        }
        catch (error) {
            // A stop still under way: wait until it is stopped, then start.
            if (classifyEc2Error(error) !== 'incorrect-state')
                throw new cib_error/* CibError */.hi(`Could not start ${id}: ${describeEc2Error(error)}`, { cause: error });
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
async function consoleHostKeys(context, id, host, deadline) {
    const { deps, rt, inputs } = context;
    const api = await deps.ec2(inputs.region);
    for (;;) {
        const output = await api.consoleOutput(id).catch((error) => {
            if (classifyEc2Error(error) === 'fatal' || classifyEc2Error(error) === 'expired')
                throw new cib_error/* CibError */.hi(`GetConsoleOutput for ${id} failed: ${describeEc2Error(error)}`, { cause: error });
            return '';
        });
        const keys = hostKeysFromConsole(output, host, inputs.sshPort);
        if (keys.length) {
            rt.log.info(`Pinned ${keys.length} host keys from the console output of ${id}`);
            return keys;
        }
        if (deps.clock.now() + deps.pollMs > deadline)
            throw new cib_error/* CibError */.hi(`The console output of ${id} showed no SSH host keys within ready-timeout`, {
                hint: 'cloud-init prints them at first boot; use host-key: accept-new for an AMI that does not',
            });
        await deps.clock.sleep(deps.pollMs);
    }
}
async function setupPhase(context) {
    const { rt, inputs, deps, state } = context;
    const strategy = checkSetupInputs(inputs);
    maskPrivateKey(rt, inputs.sshPrivateKey, decodePrivateKey(inputs.sshPrivateKey));
    // Under the CLI its own state file holds the state (seed keys included); under the runner, the seed's file.
    rt.setOutput('state-file', rt.stateFile() ?? state.file);
    state.set(STATE.strategy, strategy);
    const api = await deps.ec2(inputs.region);
    const launchedAt = rt.now();
    let instance;
    if (strategy === 'existing') {
        state.set(STATE.instanceId, inputs.instanceId);
        instance = await startExisting(context, inputs.instanceId, deps.clock.now() + inputs.readyTimeoutSeconds * 1000);
    }
    else {
        state.set(STATE.launchAttempted, 'true');
        const launched = await launchWithFallback(api, {
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
        }, rt.log, (launchedInstance, attempt) => {
            // Saved before any wait: a cancellation from here on still tears it down.
            state.set(STATE.instanceId, launchedInstance.id);
            rt.log.info(`Launched ${launchedInstance.id} (${attempt.market}, ${launchedInstance.instanceType})`);
        }, (ms) => deps.clock.sleep(Math.min(ms, deps.pollMs)));
        instance = launched.instance;
    }
    rt.setOutput('instance-id', instance.id);
    const deadline = deps.clock.now() + inputs.readyTimeoutSeconds * 1000;
    const address = (i) => (inputs.sshAddress === 'public' ? i.publicIp : i.privateIp);
    const running = await waitForInstance(api, instance.id, `running with a ${inputs.sshAddress} IP`, (i) => i.state === 'running' && !!address(i), {
        ...deps,
        log: rt.log,
        deadline,
        failOn: ['stopped', 'stopping', ...GONE],
    });
    const host = address(running) ?? '';
    state.set(STATE.publicIp, running.publicIp ?? '');
    state.set(STATE.sshHost, host);
    rt.log.info(`Instance ${running.id} is running at ${host}`);
    const knownHosts = inputs.hostKey.mode === 'console'
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
            rt.log.warning(`Could not schedule the max-lifetime power-off on ${running.id}: ${scheduled.stderr.trim() || `exit ${scheduled.exitCode}`}. The reap phase still finds it by its cib:expires-at tag`);
    });
    if (inputs.buildxNode)
        await registerBuildxNode(context, running.id, savedKnownHosts(state));
    const outputs = {
        'public-ip': running.publicIp ?? '',
        'private-ip': running.privateIp ?? '',
        market: running.market,
        'instance-type': running.instanceType,
        'launched-at': launchedAt.toISOString(),
    };
    for (const [name, value] of Object.entries(outputs))
        rt.setOutput(name, value);
    rt.appendSummary(`### e2c-runner\n\n| Instance | Type | Market | Address | Host key |\n| --- | --- | --- | --- | --- |\n` +
        `| \`${running.id}\` | ${running.instanceType} | ${running.market} | ${knownHostsPattern(host, inputs.sshPort)} | ${inputs.hostKey.mode} |\n`);
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/reap.ts

/** States an instance that still costs money (or will again) can be in. */
const LIVE_STATES = ['pending', 'running', 'stopping', 'stopped'];
/** This job's instances (run, attempt and job tags), not yet terminated. */
function findJobInstances(api, run) {
    return api.findByTags(runTags(run), LIVE_STATES);
}
/**
 * This repository's managed instances that are due: past cib:expires-at, or (with
 * `olderThanMinutes`) launched longer ago than that.
 */
async function findExpiredInstances(api, repository, now, olderThanMinutes) {
    const candidates = await api.findByTags({ 'cib:managed': 'true', 'cib:repository': repository }, LIVE_STATES);
    return candidates.filter((instance) => {
        // Defence in depth: the filter asked EC2 for these tags; check them again before terminating.
        if (instance.tags['cib:managed'] !== 'true' || instance.tags['cib:repository'] !== repository)
            return false;
        const expires = Date.parse(instance.tags['cib:expires-at'] ?? '');
        if (Number.isFinite(expires) && expires <= now)
            return true;
        const launched = instance.launchTime?.getTime();
        return olderThanMinutes !== undefined && launched !== undefined && now - launched >= olderThanMinutes * 60_000;
    });
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/teardown.ts
// Teardown of one instance: `existing` stops it (and waits until it is stopped), `template`
// terminates it. Already stopped or terminated is fine. IncorrectInstanceState (a stop while it
// is still pending) and InvalidInstanceID.NotFound (just after launch) are waited out; anything
// else fails loudly, naming the instance so that a person can clean up.



const teardown_GONE = ['terminated', 'shutting-down'];
async function teardownInstance(api, id, strategy, options) {
    const deadline = options.clock.now() + options.timeoutMs;
    const verb = strategy === 'existing' ? 'stop' : 'terminate';
    const loud = (error) => new cib_error/* CibError */.hi(`Could not ${verb} instance ${id}: ${describeEc2Error(error)}`, {
        hint: `The instance may still be running: ${verb} ${id} yourself (aws ec2 ${verb}-instances --instance-ids ${id}); it is tagged cib:managed and cib:expires-at, so a scheduled "reap" finds it too`,
        cause: error,
    });
    // Terminated (or on its way) is done for both strategies; stopped is done for existing.
    const finished = strategy === 'template' ? teardown_GONE : ['stopped', 'stopping', ...teardown_GONE];
    for (;;) {
        try {
            if (strategy === 'template')
                await api.terminate(id);
            else
                await api.stop(id);
            break;
        }
        catch (error) {
            const kind = classifyEc2Error(error);
            if (kind === 'incorrect-state') {
                const [instance] = await api.describe([id]).catch(() => []);
                if (instance && finished.includes(instance.state))
                    break;
            }
            const waitable = kind === 'incorrect-state' || kind === 'not-found' || kind === 'transient' || kind === 'other';
            if (!waitable || options.clock.now() + options.pollMs > deadline)
                throw loud(error);
            options.log.info(`${verb} ${id}: ${describeEc2Error(error)}; trying again`);
            await options.clock.sleep(options.pollMs);
        }
    }
    const target = strategy === 'template' ? teardown_GONE : ['stopped', ...teardown_GONE];
    try {
        const instance = await waitForInstance(api, id, target.join(' or '), (i) => target.includes(i.state), {
            ...options,
            deadline,
        });
        options.log.info(`Instance ${id} is ${instance.state}`);
        return instance.state;
    }
    catch (error) {
        throw loud(error);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ec2/teardown-phase.ts
// The teardown phase (the post step under GitHub Actions): stop the existing instance or terminate
// the launched one. With no saved id after a launch was attempted (cancelled between RunInstances
// and saving its answer), the instance is found by this job's tags. A failure fails the step
// loudly, naming every instance left, so that a person can clean up.






const TEARDOWN_TIMEOUT_MS = 10 * 60_000;
async function teardownPhase(context) {
    const { rt, inputs, deps, state } = context;
    const strategy = (state.get(STATE.strategy) || inputs.strategy);
    // The node first, while the instance still answers; it only warns on failure.
    await unregisterBuildxNode(context);
    let ids = [state.get(STATE.instanceId)].filter(Boolean);
    if (!ids.length && !state.get(STATE.launchAttempted)) {
        rt.log.info('Nothing to tear down: no instance was started or launched');
        return;
    }
    const api = await deps.ec2(inputs.region);
    if (!ids.length) {
        rt.log.info("A launch was attempted but no instance id was saved: looking for this job's instances by tag");
        try {
            ids = (await findJobInstances(api, context.run)).map((i) => i.id);
        }
        catch (error) {
            throw new cib_error/* CibError */.hi(`Could not look for this job's instances by tag: ${describeEc2Error(error)}`, {
                hint: `Look for instances tagged cib:run-id=${context.run.runId}, cib:job=${context.run.job} and terminate them`,
            });
        }
        rt.log.info(ids.length ? `Found ${ids.join(', ')} by tag` : 'No instance of this job found by tag');
    }
    const failures = [];
    for (const id of ids) {
        try {
            const final = await teardownInstance(api, id, strategy ?? 'template', {
                clock: deps.clock,
                log: rt.log,
                pollMs: deps.pollMs,
                timeoutMs: TEARDOWN_TIMEOUT_MS,
            });
            rt.appendSummary(`Instance \`${id}\` is ${final}.\n`);
        }
        catch (error) {
            failures.push((0,cib_error/* errorMessage */.gJ)(error));
        }
    }
    if (failures.length)
        throw new cib_error/* CibError */.hi(failures.join('\n'));
    state.removeFile();
}
/** The reap phase: terminates this repository's managed instances whose time is up. */
async function reapPhase(context) {
    const { rt, inputs, deps, run } = context;
    if (!run.repository || run.repository === 'local')
        throw new cib_error/* CibError */.hi("reap needs the repository (GITHUB_REPOSITORY or CI_PROJECT_PATH): it only touches that repository's instances");
    const api = await deps.ec2(inputs.region);
    const due = await findExpiredInstances(api, run.repository, deps.clock.now(), inputs.reapOlderThanMinutes);
    rt.log.info(due.length ? `Reaping ${due.map((i) => i.id).join(', ')}` : `No expired instance of ${run.repository}`);
    const failures = [];
    for (const instance of due) {
        try {
            await teardownInstance(api, instance.id, 'template', {
                clock: deps.clock,
                log: rt.log,
                pollMs: deps.pollMs,
                timeoutMs: TEARDOWN_TIMEOUT_MS,
            });
        }
        catch (error) {
            failures.push((0,cib_error/* errorMessage */.gJ)(error));
        }
    }
    rt.setOutput('instance-id', due.map((i) => i.id).join(','));
    rt.appendSummary(`### e2c-runner reap\n\n${due.length ? due.map((i) => `- \`${i.id}\` (expired ${i.tags['cib:expires-at'] ?? '?'})`).join('\n') : 'Nothing to reap.'}\n`);
    if (failures.length)
        throw new cib_error/* CibError */.hi(failures.join('\n'));
}

;// CONCATENATED MODULE: ./actions/e2c-runner/run.ts
// e2c-runner: native ARM builders on EC2 with a teardown that always happens. Under GitHub
// Actions, main runs setup (and build when asked) and post runs cleanup and teardown; under the
// cib CLI, `--phase setup|build|cleanup|teardown|reap` runs one phase per process, the state
// carried in the state file. The work is in @cib/core/ec2.






/** Main step (or one CLI phase). */
async function run(rt, deps = defaultDeps(rt.env)) {
    const inputs = readE2cInputs((0,runner_inputs/* actionInputs */.eh)(rt, 'e2c-runner'), rt);
    const context = phaseContext(rt, inputs, deps);
    switch (inputs.phase) {
        case undefined:
            await setupPhase(context);
            if (inputs.build)
                await buildPhase(context);
            return;
        case 'setup':
            return setupPhase(context);
        case 'build':
            return buildPhase(context);
        case 'cleanup':
            return cleanupPhase(context);
        case 'teardown':
            return teardownPhase(context);
        case 'reap':
            return reapPhase(context);
    }
}
/** Post step: cleanup (a failure only warns), then teardown (a failure fails the step). */
async function post(rt, deps = defaultDeps(rt.env)) {
    const inputs = readE2cInputs((0,runner_inputs/* actionInputs */.eh)(rt, 'e2c-runner'), rt);
    const context = phaseContext(rt, inputs, deps);
    await cleanupPhase(context);
    await teardownPhase(context);
}


/***/ }),

/***/ 3730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xn: () => (/* binding */ printArgs),
/* harmony export */   eX: () => (/* binding */ BAKE_NAME),
/* harmony export */   fE: () => (/* binding */ formatCommand),
/* harmony export */   rz: () => (/* binding */ bakeArgs),
/* harmony export */   tP: () => (/* binding */ plainBakeArgs)
/* harmony export */ });
/**
 * A bake target or group name (buildx allows letters, digits, _ and -), never a leading -: what
 * multiarch-bake's targets and e2c-runner's bake-targets accept, so no value reaches buildx's argv
 * as an option, and a name is safe in a staging tag.
 */
const BAKE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_-]{0,127}$/;
function common(flags, extraFiles) {
    const args = ['buildx', 'bake'];
    if (flags.builder)
        args.push('--builder', flags.builder);
    for (const file of [...flags.files, ...extraFiles])
        args.push('-f', file);
    return args;
}
/** `bake --print` of the user's definition: what they set, groups expanded, before ours. */
function printArgs(flags) {
    const args = common(flags, []);
    for (const line of flags.set)
        args.push('--set', line);
    args.push('--print', ...flags.targets);
    return args;
}
/**
 * A bake of the user's files alone, with no file of ours: what e2c-runner runs on its builder
 * instance (the same file and `--set` order as the build below).
 */
function plainBakeArgs(flags) {
    const args = common(flags, []);
    for (const line of flags.set)
        args.push('--set', line);
    if (flags.push)
        args.push('--push');
    args.push(...flags.targets);
    return args;
}
/** The build (or, with `print`, the merged definition it would build). */
function bakeArgs(flags, generated, features, options = {}) {
    const args = common(flags, [generated.definitionFile]);
    for (const line of flags.set)
        args.push('--set', line);
    if (options.print) {
        args.push('--print', ...flags.targets);
        return args;
    }
    args.push('--metadata-file', generated.metadataFile);
    args.push('--progress', features.rawjsonProgress ? 'rawjson' : 'plain');
    // With push-by-digest the generated output pushes; --push would replace it.
    if (flags.push)
        args.push('--push');
    if (flags.load)
        args.push('--load');
    if (flags.pull)
        args.push('--pull');
    if (flags.noCache)
        args.push('--no-cache');
    if (flags.provenance)
        args.push(`--provenance=${flags.provenance}`);
    if (flags.sbom)
        args.push(`--sbom=${flags.sbom}`);
    // The results as JSON: the one form whose shape has not changed between releases (check-results.ts).
    if (flags.call !== 'build')
        args.push('--call', `${flags.call},format=json`);
    for (const entry of flags.allow)
        args.push('--allow', entry);
    args.push(...flags.targets);
    return args;
}
/** The command as one line for logs and the plan: each argument quoted when it needs it. */
function formatCommand(program, args) {
    const quote = (arg) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);
    return [program, ...args].map(quote).join(' ');
}


/***/ }),

/***/ 8534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ExecError: () => (/* binding */ ExecError),
/* harmony export */   execProcess: () => (/* binding */ execProcess)
/* harmony export */ });
/* harmony import */ var _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);
// The single seam through which cib starts processes. Commands are argv arrays, never shell
// strings, so no user value is ever interpreted by a shell. Written on child_process rather
// than @actions/exec because we need timeouts, stdin input and kill-on-abort, which it lacks.

/** A process that failed: names the program and shows the last lines it printed. */
class ExecError extends _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi {
    exitCode;
    stderr;
    constructor(command, exitCode, stderr, stdout) {
        const tail = lastLines(stderr.trim() || stdout.trim(), 10);
        super(`${command} exited with code ${exitCode}${tail ? `:\n${tail}` : ''}`);
        this.name = 'ExecError';
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
function lastLines(text, count) {
    return text.split(/\r?\n/).slice(-count).join('\n');
}
function lineSplitter(onLine) {
    let pending = '';
    return (chunk, flush) => {
        if (!onLine)
            return;
        pending += chunk;
        const lines = pending.split(/\r?\n/);
        pending = flush ? '' : (lines.pop() ?? '');
        for (const line of lines)
            if (!flush || line !== '')
                onLine(line);
    };
}
const execProcess = (command, args, options = {}) => new Promise((resolve, reject) => {
    // node:child_process and node:os load on the first process, not at start-up: an action that
    // stops at an input error never pays for them (bench/cold-start).
    const { spawn } = process.getBuiltinModule('node:child_process');
    const { constants } = process.getBuiltinModule('node:os');
    const child = spawn(command, [...args], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        shell: false,
        stdio: ['pipe', 'pipe', 'pipe'],
        signal: options.signal,
    });
    let stdout = '';
    let stderr = '';
    const outLines = lineSplitter(options.onStdoutLine);
    const errLines = lineSplitter(options.onStderrLine);
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
        stdout += chunk;
        outLines(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
        stderr += chunk;
        errLines(chunk);
    });
    let timedOut = false;
    const timer = options.timeoutMs
        ? setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 2000).unref();
        }, options.timeoutMs)
        : undefined;
    child.on('error', (error) => {
        if (timer)
            clearTimeout(timer);
        const hint = error.code === 'ENOENT' ? `Is ${command} installed and on PATH?` : undefined;
        reject(new _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi(`Could not run ${command}: ${error.message}`, { hint, cause: error }));
    });
    child.on('close', (code, signal) => {
        if (timer)
            clearTimeout(timer);
        outLines('', true);
        errLines('', true);
        if (timedOut) {
            reject(new _errors_cib_error__WEBPACK_IMPORTED_MODULE_0__/* .CibError */ .hi(`${command} did not finish within ${options.timeoutMs} ms and was stopped`));
            return;
        }
        // Killed by a signal: 128 + its number, as a shell reports it (SIGKILL: 137).
        const exitCode = code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1);
        if (exitCode !== 0 && !options.allowFailure)
            reject(new ExecError(command, exitCode, stderr, stdout));
        else
            resolve({ exitCode, stdout, stderr });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
});


/***/ }),

/***/ 9661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
// The one clock: what time it is and how to wait. Registry, latest, manifest and HTTP code take a
// Clock handed in, so tests run on a clock they drive instead of patching timers or Date.
/** The real clock. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};


/***/ })

};
