// Launch with fallback: the order of tries, one ClientToken per try (kept when a lost answer is
// repeated), fatal errors ending it at once, and the id handed over before anything else happens.
import { launchTries, launchWithFallback, type LaunchPlan } from '@cib/core/ec2/launch';
import { RecordingLog } from '../../support/recording-log';
import { ec2Error, instance, scriptedApi } from './fakes';

const run = { repository: 'o/r', runId: '1', runAttempt: '1', job: 'build' };
const plan = (extra: Partial<LaunchPlan> = {}): LaunchPlan => ({
  launchTemplate: { id: 'lt-1', version: '$Default' },
  instanceTypes: [],
  subnetIds: [],
  spot: false,
  spotFallback: 'on-demand',
  tags: { 'cib:managed': 'true' },
  run,
  ...extra,
});
const noSleep = () => Promise.resolve();

describe('launchTries', () => {
  it.each<[string, Partial<LaunchPlan>, string[]]>([
    ['the template alone', {}, ['on-demand - -']],
    [
      'types inside subnets',
      { instanceTypes: ['a', 'b'], subnetIds: ['s1', 's2'] },
      ['on-demand s1 a', 'on-demand s1 b', 'on-demand s2 a', 'on-demand s2 b'],
    ],
    ['spot, then on-demand', { spot: true, instanceTypes: ['a'] }, ['spot - a', 'on-demand - a']],
    ['spot only with spot-fallback fail', { spot: true, spotFallback: 'fail' }, ['spot - -']],
  ])('%s', (_name, extra, expected) => {
    expect(launchTries(plan(extra)).map((t) => `${t.market} ${t.subnetId ?? '-'} ${t.instanceType ?? '-'}`)).toEqual(
      expected,
    );
  });
});

describe('launchWithFallback', () => {
  it('falls back on capacity errors, logging each step, with a new ClientToken per try', async () => {
    const { api, calls } = scriptedApi({
      launch: [ec2Error('InsufficientInstanceCapacity', 500), ec2Error('SpotMaxPriceTooLow'), instance()],
    });
    const log = new RecordingLog();
    const saved: string[] = [];
    const result = await launchWithFallback(
      api,
      plan({ spot: true, instanceTypes: ['a', 'b'] }),
      log,
      (i) => saved.push(i.id),
      noSleep,
    );
    expect(result.attempt).toEqual({ market: 'on-demand', instanceType: 'a', subnetId: undefined });
    expect(saved).toEqual(['i-0123456789abcdef0']);
    const tokens = calls.map((c) => (c.args[0] as { clientToken: string }).clientToken);
    expect(new Set(tokens).size).toBe(3);
    expect(log.lines('warning')).toEqual([
      "No capacity for spot a in the template's subnet (InsufficientInstanceCapacity); trying spot b in the template's subnet",
      "No capacity for spot b in the template's subnet (SpotMaxPriceTooLow); trying on-demand a in the template's subnet",
    ]);
  });

  it.each([
    'UnauthorizedOperation',
    'InvalidParameterValue',
    'AuthFailure',
    'RequestExpired',
    'InvalidLaunchTemplateId.NotFound',
  ])("%s stops at once with AWS's message", async (code) => {
    const { api, calls } = scriptedApi({ launch: [ec2Error(code, 400, 'AWS said no')] });
    await expect(
      launchWithFallback(api, plan({ instanceTypes: ['a', 'b'] }), new RecordingLog(), () => undefined, noSleep),
    ).rejects.toThrow(`${code}: AWS said no`);
    expect(calls).toHaveLength(1);
  });

  it('repeats a try after a server error with the same ClientToken (a lost answer returns the instance launched)', async () => {
    const { api, calls } = scriptedApi({
      launch: [ec2Error('InternalError', 500), ec2Error('RequestLimitExceeded', 503), instance()],
    });
    await launchWithFallback(api, plan(), new RecordingLog(), () => undefined, noSleep);
    const tokens = calls.map((c) => (c.args[0] as { clientToken: string }).clientToken);
    expect(tokens).toHaveLength(3);
    expect(new Set(tokens).size).toBe(1);
  });

  it('no capacity anywhere: one error listing every try, with what to do', async () => {
    const { api } = scriptedApi({ launch: [ec2Error('InsufficientInstanceCapacity', 500)] });
    await expect(
      launchWithFallback(api, plan({ subnetIds: ['s1', 's2'] }), new RecordingLog(), () => undefined, noSleep),
    ).rejects.toThrow(
      /No capacity for any of 2 launch tries:\n {2}on-demand the template's type in s1: InsufficientInstanceCapacity[\s\S]*Add instance-types and subnet-ids/,
    );
  });
});
