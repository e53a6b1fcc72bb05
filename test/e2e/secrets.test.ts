// Secrets given to the actions never show unmasked, at debug log level, on success and on the
// failure paths (refused credentials, an unreachable registry, a failing verify endpoint): not
// in stdout before their ::add-mask::, not in stderr, outputs, state, env or the summary, and
// not base64- or URL-encoded either.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RegistryClient } from '@cib/core/registry/client';
import { parseReference } from '@cib/core/registry/reference';
import { findLeaks, runAction, secretForms } from '../support/runner-harness';
import { startRegistry, type RegistryServer } from '../support/registry/registry-server';
import { platform, pushTestImage } from '../support/registry/test-images';

const PASSWORD = 'p4ss-w0rd/with+chars=';
const TOKEN = 'ghs_e2eSecretToken0123456789';
let locked: RegistryServer;
let deployed: Server;
let deployedUrl: string;

beforeAll(async () => {
  locked = await startRegistry({ auth: 'htpasswd', users: { tester: PASSWORD } });
  const seed = new RegistryClient({ credentials: { [locked.host]: { username: 'tester', password: PASSWORD } } });
  for (const arch of ['amd64', 'arm64']) {
    await pushTestImage(seed, parseReference(`${locked.host}/org/app:1.0.0-${arch}`), {
      platform: platform(`linux/${arch}`),
    });
  }
  // A deployed service that answers with another commit, and echoes what it was sent.
  deployed = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ git_commit: 'deadbeef', seen: req.headers.authorization ?? '' }));
  });
  await new Promise<void>((resolve) => deployed.listen(0, '127.0.0.1', resolve));
  deployedUrl = `http://127.0.0.1:${(deployed.address() as AddressInfo).port}/build/info`;
});
afterAll(async () => {
  await locked?.stop();
  await new Promise((resolve) => deployed?.close(resolve));
});

const cases: Array<{
  name: string;
  action: string;
  inputs: () => Record<string, string>;
  secret: string;
  user?: string;
  exit: number;
}> = [
  {
    name: 'manifest-merge with the right password',
    action: 'manifest-merge',
    inputs: () => ({
      sources: `${locked.host}/org/app:1.0.0-amd64,${locked.host}/org/app:1.0.0-arm64`,
      tags: `${locked.host}/org/app:1.0.0`,
      username: 'tester',
      password: PASSWORD,
    }),
    secret: PASSWORD,
    user: 'tester',
    exit: 0,
  },
  {
    name: 'manifest-merge with a refused password',
    action: 'manifest-merge',
    inputs: () => ({
      sources: `${locked.host}/org/app:1.0.0-amd64`,
      tags: `${locked.host}/org/app:nope`,
      username: 'tester',
      password: `${PASSWORD}-wrong`,
    }),
    secret: `${PASSWORD}-wrong`,
    user: 'tester',
    exit: 1,
  },
  {
    name: 'latest-manager with a refused password and a GitHub token',
    action: 'latest-manager',
    inputs: () => ({
      images: `${locked.host}/org/app`,
      version: '1.0.0',
      'tag-type': 'annotated',
      username: 'tester',
      password: `${PASSWORD}-wrong`,
      'github-token': TOKEN,
    }),
    secret: `${PASSWORD}-wrong`,
    user: 'tester',
    exit: 1,
  },
  {
    name: 'manifest-merge against a registry that is down',
    action: 'manifest-merge',
    inputs: () => ({
      sources: `127.0.0.1:1/org/app:1`,
      tags: `127.0.0.1:1/org/app:2`,
      username: 'tester',
      password: PASSWORD,
    }),
    secret: PASSWORD,
    user: 'tester',
    exit: 1,
  },
  {
    name: 'build-info verify with a token, the service reporting another commit',
    action: 'build-info',
    inputs: () => ({ 'verify-url': deployedUrl, 'verify-token': TOKEN, 'verify-timeout': '1', 'verify-interval': '1' }),
    secret: TOKEN,
    exit: 1,
  },
];

describe('secrets never show unmasked, at debug level', () => {
  it.each(cases)('$name', async ({ action, inputs, secret, user, exit }) => {
    const run = await runAction(action, { inputs: inputs(), debug: true, githubToken: TOKEN });
    expect(run.main.exitCode).toBe(exit);
    expect(run.main.masks).toContain(secret);
    expect(findLeaks(run.main, [...secretForms(secret, user), ...secretForms(TOKEN)])).toEqual([]);
  });

  it('findLeaks sees a secret printed before its mask, and one in an output', () => {
    const step = {
      exitCode: 0,
      signal: null,
      stdout: `using ${PASSWORD}\n::add-mask::${PASSWORD}\nusing ${PASSWORD}\n`,
      stderr: '',
      outputs: { token: Buffer.from(`tester:${PASSWORD}`).toString('base64') },
      state: {},
      env: {},
      path: [],
      summary: '',
      commands: [],
      errors: [],
      warnings: [],
      masks: [PASSWORD],
    };
    expect(findLeaks(step, secretForms(PASSWORD, 'tester'))).toEqual([`stdout: using ${PASSWORD}`, 'output token']);
  });
});
