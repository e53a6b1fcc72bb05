// The actions not built yet, run from dist/ through the runner-faithful harness: main fails with
// the not-implemented error (never a silent success), and a declared post step succeeds.
import { readActionSpec, runAction } from '../support/runner-harness';

describe.each(['quality-gate'])('%s (not implemented yet)', (name) => {
  it('fails its main step with the not-implemented error', async () => {
    const { main } = await runAction(name, { skipPost: true });
    expect(main.exitCode).toBe(1);
    expect(main.errors).toEqual([`${name} is not implemented yet (see ${name}/README.md)`]);
    expect(main.outputs).toEqual({});
  });

  it('runs its post step (when action.yml declares one) and the post step exits 0', async () => {
    const spec = readActionSpec(name);
    const run = await runAction(name);
    if (!spec.runs.post) {
      expect(run.post).toBeUndefined();
      return;
    }
    expect(spec.runs['post-if']).toBe('always()');
    expect(run.post?.exitCode).toBe(0);
    expect(run.post?.errors).toEqual([]);
  });
});
