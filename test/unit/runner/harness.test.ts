// The runner harness is itself test support every end-to-end test relies on, so it is held to
// the runner's behaviour here with a fixture action written in plain JavaScript.
import { runAction } from '../../support/runner-harness';

const PROBE = 'test/fixtures/harness-probe';

describe('runner harness', () => {
  it('runs main with Node 24 and collects outputs, state, env, path, summary and commands', async () => {
    const run = await runAction(PROBE, { skipPost: true });
    expect(run.main.exitCode).toBe(0);
    expect(run.main.outputs).toEqual({ greeting: 'hello world', 'node-major': '24' });
    expect(run.main.state).toEqual({ multi: 'line one\nline two', single: 'value' });
    expect(run.main.env).toEqual({ FROM_MAIN: 'exported' });
    expect(run.main.path).toEqual(['/opt/probe/bin']);
    expect(run.main.summary).toBe('## probe\n');
    expect(run.main.masks).toEqual(['probe-secret']);
    expect(run.main.commands).toContainEqual({
      command: 'warning',
      properties: { title: 'probe' },
      message: 'careful\nnow',
    });
    expect(run.post).toBeUndefined();
  });

  it('runs post with STATE_* from main and the env main exported', async () => {
    const run = await runAction(PROBE, { inputs: { greeting: 'hi' } });
    expect(run.main.outputs.greeting).toBe('hi');
    expect(JSON.parse(run.post?.outputs.seen ?? '{}')).toEqual({
      multi: 'line one\nline two',
      single: 'value',
      env: 'exported',
    });
  });

  it('honours post-if: success() skips post after a failed main', async () => {
    const run = await runAction(PROBE, { inputs: { fail: 'true' } });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.errors).toEqual(['main failed on purpose']);
    expect(run.post).toBeUndefined();
  });

  it('refuses an input the action does not declare, as a typo guard', async () => {
    await expect(runAction(PROBE, { inputs: { greting: 'x' } })).rejects.toThrow('Input "greting" is not declared');
  });
});
