// push-by-digest and the builder's driver: `buildx inspect` read as buildx 0.13.1 prints it here.
import { InputError } from '@cib/core/errors/input-error';
import type { Exec } from '@cib/core/exec/exec';
import { checkPushByDigestDriver, inspectBuilder } from '@cib/core/bake/builder-driver';

// `docker-buildx inspect` of the engine's default builder (buildx 0.13.1, dockerd 26.1.5).
const INSPECT = `Name:          default
Driver:        docker
Last Activity: 2026-11-29 12:28:02 +0000 UTC

Nodes:
Name:             default
Endpoint:         default
Status:           running
BuildKit version: v0.0.0+unknown
Platforms:        linux/amd64, linux/amd64/v2, linux/arm64
`;

test('inspect reads the builder name and driver; --builder only when one is given', async () => {
  const calls: string[][] = [];
  const exec: Exec = async (command, args) => {
    calls.push([command, ...args]);
    return { exitCode: 0, stdout: INSPECT, stderr: '' };
  };
  const plugin = { command: '/p/docker-buildx', prefix: [] };
  expect(await inspectBuilder(exec, plugin, '', {})).toEqual({ name: 'default', driver: 'docker' });
  await inspectBuilder(exec, { command: 'docker', prefix: ['buildx'] }, 'arm', {});
  expect(calls).toEqual([
    ['/p/docker-buildx', 'inspect'],
    ['docker', 'buildx', 'inspect', '--builder', 'arm'],
  ]);
});

test('the docker driver is refused with an error naming the input; the others pass', () => {
  expect(() => checkPushByDigestDriver({ name: 'default', driver: 'docker' })).toThrow(InputError);
  expect(() => checkPushByDigestDriver({ name: 'default', driver: 'docker' })).toThrow(
    /^Input "push-by-digest" is "true": expected a builder whose driver can push by digest \(docker-container, remote or kubernetes\); builder "default" uses the docker driver/,
  );
  for (const driver of ['docker-container', 'remote', 'kubernetes'])
    expect(() => checkPushByDigestDriver({ name: 'b', driver })).not.toThrow();
});
