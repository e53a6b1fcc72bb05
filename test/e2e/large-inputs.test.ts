// A very large input value is shown at most once in the log, and shortened: every input of every
// released action given 20,000 characters, run through the runner harness from dist/.
import { readActionSpec, runAction } from '../support/runner-harness';
import { startRegistry, type RegistryServer } from '../support/registry/registry-server';

const LONG = 'Q'.repeat(20_000);
let server: RegistryServer;

beforeAll(async () => {
  server = await startRegistry();
});
afterAll(async () => {
  await server?.stop();
});

/** Inputs that make each action get as far as it can, so the large value travels far. */
function baseInputs(action: string): Record<string, string> {
  if (action === 'build-info') return {};
  if (action === 'manifest-merge')
    return { sources: `${server.host}/big/app:1-amd64`, tags: `${server.host}/big/app:1` };
  return { images: `${server.host}/big/app`, version: '1.0.0', 'tag-type': 'annotated' };
}

const CASES = ['build-info', 'manifest-merge', 'latest-manager'].flatMap((action) =>
  Object.keys(readActionSpec(action).inputs ?? {}).map((input) => [action, input] as const),
);

test.each(CASES)('%s, input %s of 20,000 characters: in the log at most once, shortened', async (action, input) => {
  const result = await runAction(action, { inputs: { ...baseInputs(action), [input]: LONG } });
  // A secret is registered with the runner once (that line holds it whole, as it must).
  const lines = result.main.stdout.split('\n');
  expect(lines.filter((line) => line === `::add-mask::${LONG}`).length).toBeLessThanOrEqual(1);
  const log = lines.filter((line) => !line.startsWith('::add-mask::')).join('\n');
  const runs = (log.match(/Q{100,}/g) ?? []).map((run) => run.length);
  if (runs.length > 1 || Math.max(0, ...runs) > 200) console.log(log.replace(/Q{20,}/g, (q) => `<Q x ${q.length}>`));
  expect(runs.length).toBeLessThanOrEqual(1);
  expect(Math.max(0, ...runs)).toBeLessThanOrEqual(200);
});
