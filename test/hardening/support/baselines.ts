// A working run of each action, which the hostile-input test varies one input at a time:
// build-info generates from the runner's context, manifest-merge merges two real platform images
// on Debian's docker-registry, latest-manager decides on a real git checkout (tag-type auto reads
// the tag object with git), quality-gate judges a coverage report a real tool wrote,
// multiarch-bake plans a bake with the real buildx (a dry run: `bake --print` needs no daemon),
// e2c-runner launches from a template on the EC2 double, reaches a real sshd and builds there,
// and tears down in its post step. An action without an entry here (one that lands after this
// file) runs with its action.yml defaults, and the figures say so.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOrigin, fullClone, type Origin } from '../../support/git-repo';
import { startEc2Double, type Ec2Double } from '../../support/ec2/ec2-server';
import { dockerConfigWithBuildx, engineFiles } from '../../support/engine/engine-files';
import { REPO_ROOT } from '../../support/runner-harness';
import { startSshd, type TestSshd } from '../../support/sshd';
import { RegistryClient } from '@cib/core/registry/client';
import { parseReference } from '@cib/core/registry/reference';
import { pushVersion } from '../../support/latest-manager-images';
import { platform, pushTestImage } from '../../support/registry/test-images';
import type { RegistryServer } from '../../support/registry/registry-server';
import { ARM_BUILDER_TEMPLATE } from '../../support/ec2/launch';

export interface Baseline {
  inputs: Record<string, string>;
  env?: Record<string, string>;
  workspace?: () => string;
  /** Folders searched before PATH for the real programs the action starts (the engine's buildx). */
  programDirs?: string[];
}

/** The EC2 double and the sshd its instances answer on, for e2c-runner's baseline. */
export interface E2cWorld {
  ec2: Ec2Double;
  sshd: TestSshd;
  scratch: string;
}

export interface BaselineWorld {
  registry: RegistryServer;
  origin: Origin;
  e2c?: E2cWorld;
}

/** Starts the EC2 double and the sshd e2c-runner's baseline needs; stop it with stopE2cWorld. */
export async function startE2cWorld(): Promise<E2cWorld> {
  const sshd = await startSshd();
  const ec2 = await startEc2Double({ templates: [ARM_BUILDER_TEMPLATE], hostKeys: [sshd.hostKey] });
  return { ec2, sshd, scratch: mkdtempSync(join(tmpdir(), 'cib-harden-e2c-')) };
}

export async function stopE2cWorld(world: E2cWorld | undefined): Promise<void> {
  await world?.ec2.stop();
  await world?.sshd.stop();
}

/** A project to build: a Dockerfile and a bake file with one target. */
function bakeProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cib-harden-project-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src/main.txt'), 'hello\n');
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY src /src\n');
  writeFileSync(join(dir, 'docker-bake.hcl'), 'target "app" {\n  dockerfile = "Dockerfile"\n}\n');
  return dir;
}

// Each e2c-runner run is its own workflow run: the ClientToken derives from it, and EC2 refuses
// one token with other parameters.
let e2cRunId = 4_200_000_000;

/** Pushes what the baselines read (call once per registry). */
export async function seedBaselines(registry: RegistryServer, client = new RegistryClient()): Promise<BaselineWorld> {
  for (const arch of ['amd64', 'arm64']) {
    await pushTestImage(client, parseReference(`${registry.host}/harden/app:1.0.0-${arch}`), {
      platform: platform(`linux/${arch}`),
    });
  }
  await pushVersion(client, parseReference(`${registry.host}/harden/latest`), '1.0.0', { tags: ['1.0.0', 'latest'] });
  return { registry, origin: createOrigin([{ name: '1.0.0', annotated: true }]) };
}

/** The baseline of `action`, or undefined when this file does not know it yet. */
export function baselineOf(action: string, world: BaselineWorld): Baseline | undefined {
  const host = world.registry.host;
  switch (action) {
    case 'build-info':
      return { inputs: {} };
    case 'manifest-merge':
      return {
        inputs: {
          sources: `${host}/harden/app:1.0.0-amd64,${host}/harden/app:1.0.0-arm64`,
          tags: `${host}/harden/app:1.0.0`,
        },
      };
    case 'latest-manager':
      return {
        inputs: { images: `${host}/harden/latest`, version: '1.0.0', 'github-token': '' },
        env: { GITHUB_REF: 'refs/tags/1.0.0', GITHUB_REF_NAME: '1.0.0', GITHUB_REF_TYPE: 'tag' },
        workspace: () => fullClone(world.origin),
      };
    case 'quality-gate':
      return {
        inputs: {
          'coverage-files': join(REPO_ROOT, 'test/fixtures/quality/generated/jest.lcov'),
          'min-line-coverage': '1',
          baseline: 'none',
          report: 'summary',
        },
      };
    case 'multiarch-bake': {
      const engine = engineFiles();
      return {
        inputs: { files: 'docker-bake.hcl', targets: 'app', cache: 'none', 'dry-run': 'true' },
        env: { DOCKER_CONFIG: dockerConfigWithBuildx(mkdtempSync(join(tmpdir(), 'cib-harden-docker-')), engine) },
        programDirs: [engine.binDir],
        workspace: bakeProject,
      };
    }
    case 'e2c-runner': {
      const e2c = world.e2c;
      if (!e2c) return undefined;
      e2cRunId += 1;
      return {
        inputs: {
          strategy: 'template',
          'launch-template-id': ARM_BUILDER_TEMPLATE.id,
          'ssh-user': e2c.sshd.user,
          'ssh-private-key': e2c.sshd.client.privateKey,
          'ssh-port': String(e2c.sshd.port),
          'ready-timeout': '20',
          // Runs go two at a time: each builds in its own folder, which its cleanup removes.
          'build-dir': join(e2c.scratch, `build-${e2cRunId}`),
          build: 'true',
          'bake-files': 'docker-bake.hcl',
          'bake-targets': 'app',
        },
        env: { ...e2c.ec2.env(), CIB_E2C_POLL_MS: '100', GITHUB_RUN_ID: String(e2cRunId) },
        workspace: bakeProject,
      };
    }
    default:
      return undefined;
  }
}
