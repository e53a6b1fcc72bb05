// buildx-node mechanics with a recording exec: the ssh folder (key, pinned known_hosts, config,
// the `ssh` that applies it), the buildx argv for a new and an existing builder, and a removal
// that deletes the folder even when buildx fails.
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  builderName,
  createNode,
  nodeEnv,
  nodeHostBlock,
  nodeSshConfig,
  removeNode,
  writeNodeSshFiles,
} from '@cib/core/ec2/buildx-node';
import type { Exec } from '@cib/core/exec/exec';
import { RecordingLog } from '../../support/recording-log';

const TARGET = {
  user: 'admin',
  host: '203.0.113.7',
  port: 2222,
  pem: '-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----\n',
  knownHosts: ['[203.0.113.7]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample'],
};

function recordingExec(exitCode = 0) {
  const calls: Array<{ command: string; args: readonly string[]; path?: string }> = [];
  const exec: Exec = (command, args, options) => {
    calls.push({ command, args, path: options?.env?.PATH });
    return Promise.resolve({ exitCode, stdout: '', stderr: exitCode ? 'ERROR: boom' : '' });
  };
  return { exec, calls };
}

describe('buildx node', () => {
  it('names one builder per run and job', () => {
    expect(builderName({ repository: 'o/r', runId: '42', runAttempt: '1', job: 'Build ARM' })).toBe(
      'cib-e2c-42-build-arm',
    );
  });

  it('writes a private folder whose ssh applies the key, the port and the pinned host key', () => {
    const files = writeNodeSshFiles(
      mkdtempSync(join(tmpdir(), 'cib-node-unit-')),
      TARGET,
      'cib-e2c-i-1',
      '/usr/bin/ssh',
    );
    expect(statSync(files.dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(files.dir, 'id_key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(files.dir, 'id_key'), 'utf8')).toBe(TARGET.pem);
    expect(readFileSync(join(files.dir, 'known_hosts'), 'utf8')).toBe(`${TARGET.knownHosts[0]}\n`);
    const config = readFileSync(join(files.dir, 'host.conf'), 'utf8');
    expect(config).toContain('Host cib-e2c-i-1\n  HostName 203.0.113.7\n  Port 2222\n  User admin\n');
    expect(config).toContain(`IdentityFile "${join(files.dir, 'id_key')}"`);
    expect(config).toContain('StrictHostKeyChecking yes');
    expect(config).toContain(`UserKnownHostsFile "${join(files.dir, 'known_hosts')}"`);
    expect(readFileSync(join(files.binDir, 'ssh'), 'utf8')).toContain(`exec /usr/bin/ssh -F ${files.configFile} "$@"`);
    expect(nodeEnv({ PATH: '/usr/bin' }, files).PATH).toBe(`${files.binDir}:/usr/bin`);
  });

  it('includes every node of ours beside it, then the user config for other hosts', () => {
    expect(nodeHostBlock('a', TARGET, '/k', '/kh')).toMatch(/^Host a\n/);
    expect(nodeSshConfig('/tmp/r')).toMatch(/^Include "\/tmp\/r\/cib-e2c-node-\*\/host.conf"\n/);
    expect(nodeSshConfig('/tmp/r')).toMatch(/Match all\nInclude ~\/\.ssh\/config \/etc\/ssh\/ssh_config\n$/);
  });

  it.each([
    [
      false,
      [
        'buildx',
        'create',
        '--name',
        'b',
        '--driver',
        'docker-container',
        '--node',
        'n',
        '--platform',
        'linux/arm64',
        'ssh://admin@cib-e2c-i-1',
      ],
    ],
    [
      true,
      [
        'buildx',
        'create',
        '--append',
        '--name',
        'b',
        '--driver',
        'docker-container',
        '--node',
        'n',
        '--platform',
        'linux/arm64',
        'ssh://admin@cib-e2c-i-1',
      ],
    ],
  ])('builder existed %s: create argv, our ssh first on PATH', async (builderExisted, argv) => {
    const files = writeNodeSshFiles(
      mkdtempSync(join(tmpdir(), 'cib-node-unit-')),
      TARGET,
      'cib-e2c-i-1',
      '/usr/bin/ssh',
    );
    const { exec, calls } = recordingExec();
    await createNode({
      exec,
      env: { PATH: '/bin' },
      log: new RecordingLog(),
      builder: 'b',
      node: 'n',
      platform: 'linux/arm64',
      user: 'admin',
      files,
      builderExisted,
    });
    expect(calls).toEqual([{ command: 'docker', args: argv, path: `${files.binDir}:/bin` }]);
  });

  it('a failing create names the builder, the node and what buildx said', async () => {
    const files = writeNodeSshFiles(
      mkdtempSync(join(tmpdir(), 'cib-node-unit-')),
      TARGET,
      'cib-e2c-i-1',
      '/usr/bin/ssh',
    );
    const { exec } = recordingExec(1);
    await expect(
      createNode({
        exec,
        env: {},
        log: new RecordingLog(),
        builder: 'b',
        node: 'n',
        platform: 'linux/arm64',
        user: 'admin',
        files,
        builderExisted: false,
      }),
    ).rejects.toThrow('could not add the instance as node n of builder b: ERROR: boom');
  });

  it.each([
    [false, ['buildx', 'rm', '--keep-state', 'b']],
    [true, ['buildx', 'create', '--leave', '--name', 'b', '--node', 'n']],
  ])('builder existed %s: removal argv; the folder goes even when buildx fails', async (builderExisted, argv) => {
    for (const exitCode of [0, 1]) {
      const files = writeNodeSshFiles(
        mkdtempSync(join(tmpdir(), 'cib-node-unit-')),
        TARGET,
        'cib-e2c-i-1',
        '/usr/bin/ssh',
      );
      const { exec, calls } = recordingExec(exitCode);
      const log = new RecordingLog();
      await removeNode({ exec, env: {}, log, builder: 'b', node: 'n', builderExisted, dir: files.dir });
      expect(calls.map((c) => c.args)).toEqual([argv]);
      expect(existsSync(files.dir)).toBe(false);
      expect(log.messages.some((m) => m.level === 'warning' && m.message.includes('docker buildx rm b'))).toBe(
        exitCode !== 0,
      );
    }
  });
});
