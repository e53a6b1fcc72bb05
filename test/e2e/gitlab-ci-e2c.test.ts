// The E2C job of examples/gitlab/.gitlab-ci.yml (build:arm64:e2c), run by gitlab-ci-local as
// GitLab runs it: e2c-runner's setup in before_script, the remote build in script, cleanup and
// teardown in after_script, each a separate shell, the instance found again through the state
// file. Against the EC2 double (the real AWS SDK in the bundle, pointed at it with
// AWS_ENDPOINT_URL_EC2) and a real sshd on 127.0.0.1 standing in for the instance, whose docker is a
// recording double (test/support/sshd.ts): the remote bake is recorded, not run.
import { git } from '../support/git-repo';
import { startEc2Double, type Ec2Double } from '../support/ec2/ec2-server';
import { ARM_BUILDER_TEMPLATE } from '../support/ec2/launch';
import { startRegistry, type RegistryServer } from '../support/registry/registry-server';
import { startSshd, type TestSshd } from '../support/sshd';
import { createPipelineProject, type PipelineProject } from '../workflows/gitlab-pipeline';

let sshd: TestSshd;
let ec2: Ec2Double;
let server: RegistryServer;
let pipeline: PipelineProject;

beforeAll(async () => {
  sshd = await startSshd();
  ec2 = await startEc2Double({ templates: [ARM_BUILDER_TEMPLATE], hostKeys: [sshd.hostKey] });
  server = await startRegistry();
  pipeline = createPipelineProject(`${server.host}/octo/app`);
});
afterAll(async () => {
  await ec2?.stop();
  await sshd?.stop();
  await server?.stop();
  pipeline?.remove();
});

test('staging with E2C_USAGE: the arm64 build runs on an instance that before_script launches and after_script terminates', async () => {
  git(pipeline.dir, 'checkout', '--quiet', '-b', 'staging');
  const commit = git(pipeline.dir, 'rev-parse', 'HEAD');
  const privateKey = Buffer.from(sshd.client.privateKey).toString('base64');
  const run = await pipeline.run(
    { branch: 'staging' },
    {
      jobs: ['build:arm64:e2c'],
      // gitlab-ci-local's isolation wipes what script wrote before after_script; GitLab does not.
      isolation: false,
      variables: {
        ...ec2.env(),
        CIB_E2C_POLL_MS: '100',
        E2C_USAGE: 'true',
        E2C_INSTANCE_STRATEGY: 'template',
        E2C_LAUNCH_TEMPLATE_ID: ARM_BUILDER_TEMPLATE.id,
        E2C_USE_SPOT: 'true',
        E2C_SSH_USER: sshd.user,
        E2C_SSH_PRIVATE_KEY: privateKey,
        E2C_SSH_PORT: String(sshd.port),
        E2C_BUILD_DIR: `${pipeline.root}/e2c-build`,
      },
    },
  );
  expect(run.failed).toEqual([]);
  // The job and what it needs: build-info, and before it the earlier stages.
  expect(run.passed).toEqual(['build-info', 'build:arm64:e2c', 'lint', 'test']);

  // One instance, launched by before_script's setup, terminated by after_script's teardown, which
  // found its id in the state file (a separate shell: no variable survives between them).
  expect(ec2.instances).toHaveLength(1);
  expect(ec2.instances[0].market).toBe('spot');
  expect(ec2.leaked()).toEqual([]);
  expect(run.output).toMatch(/--phase setup[\s\S]*--phase build[\s\S]*--phase cleanup[\s\S]*--phase teardown/);

  // The bake ran on the instance with build-info's VERSION from the dotenv report in its tag.
  const bakes = sshd.calls().filter((c) => c.program === 'docker');
  expect(bakes).toHaveLength(1);
  expect(bakes[0].args.join(' ')).toContain(`app.tags=${server.host}/octo/app:staging-${commit.slice(0, 7)}-arm64`);

  // Nothing secret in the job logs.
  for (const secret of [ec2.env().AWS_SECRET_ACCESS_KEY, ec2.env().AWS_SESSION_TOKEN, privateKey.slice(0, 40)])
    expect(run.output).not.toContain(secret);
});

test("a scheduled pipeline's e2c:reap terminates this project's managed instances past their expiry or age, nothing else", async () => {
  const tags = (repository: string, expiresAt: string) =>
    new Map([
      ['cib:managed', 'true'],
      ['cib:repository', repository],
      ['cib:expires-at', expiresAt],
    ]);
  const now = new Date();
  const dayAgo = new Date(Date.now() - 86_400_000);
  const due = ec2.addInstance({ state: 'running', launchTime: now, tags: tags('octo/app', '2026-01-01T00:00:00Z') });
  // The template's --reap-older-than 180: a day-old instance goes whatever its expiry tag says.
  const old = ec2.addInstance({ state: 'running', launchTime: dayAgo, tags: tags('octo/app', '2999-01-01T00:00:00Z') });
  const notYet = ec2.addInstance({ state: 'running', launchTime: now, tags: tags('octo/app', '2999-01-01T00:00:00Z') });
  const other = ec2.addInstance({
    state: 'running',
    launchTime: dayAgo,
    tags: tags('octo/other', '2026-01-01T00:00:00Z'),
  });
  const run = await pipeline.run(
    { branch: 'main' },
    {
      jobs: ['e2c:reap'],
      variables: {
        ...ec2.env(),
        CIB_E2C_POLL_MS: '100',
        CI_PIPELINE_SOURCE: 'schedule',
        CI_PROJECT_PATH: 'octo/app',
        E2C_REAP: 'true',
      },
    },
  );
  expect(run.failed).toEqual([]);
  expect(run.passed).toContain('e2c:reap');
  const states = Object.fromEntries(ec2.current().map((i) => [i.id, i.state]));
  expect(states[due.id]).toMatch(/shutting-down|terminated/);
  expect(states[old.id]).toMatch(/shutting-down|terminated/);
  expect(states[notYet.id]).toBe('running');
  expect(states[other.id]).toBe('running');
});
