// A working run of each landed action, which the hostile-input and secrets tests vary one input
// at a time: build-info generates from the runner's context, manifest-merge merges two real
// platform images on Debian's docker-registry, latest-manager decides on a real git checkout
// (tag-type auto reads the tag object with git). An action without an entry here (one that
// landed after this file) runs with its action.yml defaults, and the figures say so.
import { createOrigin, fullClone, type Origin } from '../../support/git-repo';
import { RegistryClient } from '@cib/core/registry/client';
import { parseReference } from '@cib/core/registry/reference';
import { pushVersion } from '../../support/latest-manager-images';
import { platform, pushTestImage } from '../../support/registry/test-images';
import type { RegistryServer } from '../../support/registry/registry-server';

export interface Baseline {
  inputs: Record<string, string>;
  env?: Record<string, string>;
  workspace?: () => string;
}

export interface BaselineWorld {
  registry: RegistryServer;
  origin: Origin;
}

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
    default:
      return undefined;
  }
}
