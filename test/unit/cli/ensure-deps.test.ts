// scripts/ensure-deps.sh for a user who cannot install packages (not root): the tests need every
// Debian package, the demo (--demo) only what its no-engine run uses (docker-registry, git, tar).
// Run on a PATH holding this machine's tools minus the ones a case leaves out, with an `id` that
// answers 1000; node_modules and the engine cache exist here, so only the package check speaks.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execProcess } from '@cib/core/exec/exec';
import { findOnPath } from '@cib/core/ec2/buildx-node';

const SCRIPT = resolve(__dirname, '../../../scripts/ensure-deps.sh');
const TOOLS = [
  ...['docker-registry', 'skopeo', 'buildah', 'ssh-keygen', 'scp', 'tar', 'socat', 'htpasswd', 'git', 'lcov'],
  ...['openssl', 'rsync', 'runc', 'tini', 'qemu-aarch64-static', 'update-binfmts', 'iptables', 'ip', 'hyperfine'],
  ...['bash', 'npm', 'node', 'dirname', 'grep', 'printf', 'cat', 'mkdir', 'rm', 'sed', 'head', 'env', 'sha256sum'],
];

async function ensureDeps(without: string[], args: string[]) {
  const bin = mkdtempSync(join(tmpdir(), 'ensure-deps-bin-'));
  try {
    for (const tool of TOOLS.filter((t) => !without.includes(t))) {
      const path = findOnPath(tool, process.env.PATH);
      if (path) symlinkSync(path, join(bin, tool));
    }
    writeFileSync(join(bin, 'id'), '#!/bin/sh\necho 1000\n', { mode: 0o755 });
    return await execProcess('/bin/bash', [SCRIPT, ...args], {
      env: { ...process.env, PATH: bin },
      allowFailure: true,
    });
  } finally {
    rmSync(bin, { recursive: true, force: true });
  }
}

test('the tests stop on any missing package, naming it and the apt-get line', async () => {
  const run = await ensureDeps(['hyperfine'], []);
  expect(run.exitCode).toBe(1);
  expect(run.stderr).toContain('Missing Debian packages: hyperfine\nInstall them (sudo apt-get install hyperfine)');
});

test('the demo goes on without packages only the tests and the engine need, saying so', async () => {
  const run = await ensureDeps(['hyperfine', 'runc'], ['--demo']);
  expect(run.exitCode).toBe(0);
  expect(run.stderr).toMatch(
    /Missing Debian packages: (hyperfine runc|runc hyperfine); the tests need them, the demo runs without them\./,
  );
});

test('the demo stops without what its own run needs', async () => {
  const run = await ensureDeps(['git', 'hyperfine'], ['--demo']);
  expect(run.exitCode).toBe(1);
  expect(run.stderr).toMatch(/Install them \(sudo apt-get install .*git/);
});
