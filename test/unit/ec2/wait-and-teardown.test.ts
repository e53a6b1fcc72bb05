// Bounded waits and teardown against a scripted EC2: a wait ends at once when waiting cannot help,
// eventual consistency is waited out, and a failing teardown names the instance.
import { teardownInstance } from '@cib/core/ec2/teardown';
import { waitForInstance } from '@cib/core/ec2/wait';
import { FakeClock } from '../../support/fake-clock';
import { RecordingLog } from '../../support/recording-log';
import { ec2Error, instance, scriptedApi } from './fakes';

const ID = 'i-0123456789abcdef0';
const options = () => ({ clock: new FakeClock(), log: new RecordingLog(), pollMs: 2000 });

describe('waitForInstance', () => {
  it.each(['UnauthorizedOperation', 'RequestExpired', 'ExpiredToken', 'AuthFailure'])(
    '%s ends the wait at once, saying why',
    async (code) => {
      const { api, calls } = scriptedApi({ describe: [ec2Error(code, 403, 'nope')] });
      const o = options();
      await expect(
        waitForInstance(api, ID, 'running', (i) => i.state === 'running', { ...o, deadline: o.clock.now() + 600_000 }),
      ).rejects.toThrow(`Stopped waiting until ${ID} is running: ${code}: nope`);
      expect(calls).toHaveLength(1);
    },
  );

  it('waits out InvalidInstanceID.NotFound and pending, polling every pollMs', async () => {
    const { api } = scriptedApi({
      describe: [ec2Error('InvalidInstanceID.NotFound'), [instance({ state: 'pending' })], [instance()]],
    });
    const o = options();
    const found = await waitForInstance(api, ID, 'running', (i) => i.state === 'running', {
      ...o,
      deadline: o.clock.now() + 60_000,
    });
    expect(found.state).toBe('running');
    expect(o.clock.sleeps).toEqual([2000, 2000]);
  });

  it('gives up at the deadline with the last state seen', async () => {
    const { api } = scriptedApi({ describe: [[instance({ state: 'pending' })]] });
    const o = options();
    await expect(
      waitForInstance(api, ID, 'running', (i) => i.state === 'running', { ...o, deadline: o.clock.now() + 10_000 }),
    ).rejects.toThrow(`Instance ${ID} was not running in time (last: state pending)`);
  });
});

describe('teardownInstance', () => {
  it('template: terminate, done once shutting-down', async () => {
    const { api, calls } = scriptedApi({ terminate: [undefined], describe: [[instance({ state: 'shutting-down' })]] });
    await expect(teardownInstance(api, ID, 'template', { ...options(), timeoutMs: 60_000 })).resolves.toBe(
      'shutting-down',
    );
    expect(calls.map((c) => c.method)).toEqual(['terminate', 'describe']);
  });

  it('existing: a stop refused while pending is repeated; an instance already stopped is fine', async () => {
    const { api } = scriptedApi({
      stop: [ec2Error('IncorrectInstanceState'), undefined],
      describe: [[instance({ state: 'pending' })], [instance({ state: 'stopped' })]],
    });
    await expect(teardownInstance(api, ID, 'existing', { ...options(), timeoutMs: 60_000 })).resolves.toBe('stopped');
    const stopped = scriptedApi({
      stop: [ec2Error('IncorrectInstanceState')],
      describe: [[instance({ state: 'terminated' })]],
    });
    await expect(teardownInstance(stopped.api, ID, 'existing', { ...options(), timeoutMs: 60_000 })).resolves.toBe(
      'terminated',
    );
  });

  it('expired credentials: fails loudly, naming the instance and how to clean up', async () => {
    const { api } = scriptedApi({ terminate: [ec2Error('RequestExpired', 400, 'Request has expired.')] });
    await expect(teardownInstance(api, ID, 'template', { ...options(), timeoutMs: 60_000 })).rejects.toThrow(
      `Could not terminate instance ${ID}: RequestExpired: Request has expired.. The instance may still be running: terminate ${ID} yourself (aws ec2 terminate-instances --instance-ids ${ID})`,
    );
  });
});
