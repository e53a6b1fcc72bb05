// Issue 13, point 2 (test/e2e/secrets.test.ts covers a handful of fixed cases; this runs the
// matrix): every landed action, on every path of support/secret-scenarios.ts, at debug level,
// with known secrets in every secret-bearing input and in the environment. No secret, in any
// form of support/secret-values.ts, shows in stdout before its mask, stderr, outputs, state,
// env, summary, error messages, or any file the run left in its runner folder (workspace,
// temp, home, TMPDIR).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { RegistryClient } from '@cib/core/registry/client';
import { findLeaks, runAction } from '../support/runner-harness';
import { startRegistry, type RegistryServer } from '../support/registry/registry-server';
import { implementedActions, skippedLine } from './support/action-catalog';
import { seedBaselines } from './support/baselines';
import { report } from './support/figures';
import { PATHS, secretRun, type SecretWorld } from './support/secret-scenarios';
import { allForms, PASSWORD, SECRET_ENV, TOKEN } from './support/secret-values';

const SHA = 'ffac537e6cbbf934b08745a378932722df287a53';
let registry: RegistryServer;
let service: Server;
let world: SecretWorld;

beforeAll(async () => {
  registry = await startRegistry({ auth: 'htpasswd', users: { tester: PASSWORD } });
  const seeded = await seedBaselines(
    registry,
    new RegistryClient({ credentials: { [registry.host]: { username: 'tester', password: PASSWORD } } }),
  );
  service = createServer((req, res) => {
    const ok = req.headers.authorization === `Bearer ${TOKEN}`;
    res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
    res.end(JSON.stringify(ok ? { git_commit: SHA } : { error: 'bad token' }));
  });
  await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
  world = {
    registryHost: registry.host,
    serviceHost: `127.0.0.1:${(service.address() as AddressInfo).port}`,
    origin: seeded.origin,
    sha: SHA,
  };
});
afterAll(async () => {
  await registry?.stop();
  await new Promise((resolve) => service?.close(resolve));
});

/** Files under `dir` and their text (skipping what the test wrote: the event payload). */
function filesUnder(dir: string): Array<[string, string]> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile() && !path.endsWith('_github_workflow/event.json'))
    .map((path) => [relative(dir, path), readFileSync(path, 'latin1')]);
}

test('no secret leaks on any path of any action', async () => {
  const actions = implementedActions();
  const leaks: string[] = [];
  const unexpected: string[] = [];
  let runs = 0;
  let places = 0;
  let n = 0;
  for (const action of actions) {
    for (const path of PATHS) {
      const plan = secretRun(action, path, world, ++n);
      const { runnerDir, ...rest } = await (async () => {
        const root = join(registry.dir, `tmp-${n}`);
        mkdirSync(root, { recursive: true });
        const run = await runAction(action.name, {
          inputs: plan.inputs,
          env: { ...plan.env, TMPDIR: root },
          workspace: plan.workspace,
          githubToken: TOKEN,
          debug: true,
        });
        return { ...run, tmp: root };
      })();
      runs++;
      const forms = allForms([...plan.secrets, ...Object.values(SECRET_ENV)], 'tester');
      const steps = [rest.main, ...(rest.post ? [rest.post] : [])];
      const where = `${action.name} ${path}`;
      if ((rest.main.exitCode === 0) !== plan.succeeds && plan.known)
        unexpected.push(`${where}: exit ${rest.main.exitCode} (${rest.main.errors.join(' | ').slice(0, 300)})`);
      for (const step of steps) {
        leaks.push(...findLeaks(step, forms).map((leak) => `${where}: ${leak}`));
        // As the runner shows them (findLeaks): stdout with ::error:: messages, stderr, outputs, state, env, summary.
        places += 6;
      }
      const files = [...filesUnder(runnerDir), ...filesUnder(rest.tmp)];
      for (const [file, text] of files)
        for (const form of forms) if (text.includes(form)) leaks.push(`${where}: file ${file}`);
      places += files.length;
      for (const dir of [runnerDir, rest.tmp, ...plan.dirs, ...(plan.workspace ? [plan.workspace] : [])])
        rmSync(dir, { recursive: true, force: true });
    }
  }
  report({
    part: 'secrets',
    line:
      `${runs} runs (${actions.length} actions x ${PATHS.length} paths: ${PATHS.join(', ')}) at debug level, ` +
      `${places} places checked in plain, base64, URL-encoded and JSON-escaped forms: ${leaks.length} leaks; ${skippedLine()}`,
    counts: { runs, places, leaks: leaks.length },
  });
  expect(unexpected).toEqual([]);
  expect([...new Set(leaks)]).toEqual([]);
}, 600_000);
