// Where the docker CLI would find buildx, so version and --print can skip the CLI.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildxArgv, DOCKER_BUILDX, findBuildx, pluginDirs } from '@cib/core/bake/buildx-program';

function plugin(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'docker-buildx');
  writeFileSync(file, '#!/bin/sh\n');
  chmodSync(file, 0o755);
  return file;
}

test('DOCKER_CONFIG/cli-plugins first, then cliPluginsExtraDirs, then the system folders', () => {
  const config = mkdtempSync(join(tmpdir(), 'cib-docker-config-'));
  writeFileSync(join(config, 'config.json'), JSON.stringify({ cliPluginsExtraDirs: ['/opt/plugins'] }));
  expect(pluginDirs({ DOCKER_CONFIG: config })).toEqual([
    join(config, 'cli-plugins'),
    '/opt/plugins',
    '/usr/local/lib/docker/cli-plugins',
    '/usr/local/libexec/docker/cli-plugins',
    '/usr/lib/docker/cli-plugins',
    '/usr/libexec/docker/cli-plugins',
  ]);
  expect(pluginDirs({ HOME: '/home/runner' })[0]).toBe('/home/runner/.docker/cli-plugins');
});

test('the plugin found is run directly; none found means docker buildx', () => {
  const config = mkdtempSync(join(tmpdir(), 'cib-docker-config-'));
  // Without one in the config folder: a system-wide plugin if the machine has one, else docker buildx.
  const empty = findBuildx({ DOCKER_CONFIG: config });
  const systemPlugins = pluginDirs({ DOCKER_CONFIG: config })
    .slice(1)
    .map((dir) => join(dir, 'docker-buildx'));
  expect(['docker', ...systemPlugins]).toContain(empty.command);
  expect(buildxArgv(DOCKER_BUILDX, ['buildx', 'version'])).toEqual(['docker', ['buildx', 'version']]);
  const file = plugin(join(config, 'cli-plugins'));
  const found = findBuildx({ DOCKER_CONFIG: config });
  expect(buildxArgv(found, ['buildx', 'bake', '--print'])).toEqual([file, ['bake', '--print']]);
});
