// Every action with an action.yml is reachable from the CLI, and every loader names a real action.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ACTION_LOADERS } from '../../../packages/cli/src/action-loaders';
import { ACTION_SPECS } from '../../../packages/cli/src/action-specs.generated';

const root = join(__dirname, '../../..');

describe('CLI action wiring', () => {
  it('has a loader for every action in the generated specs, and no other', () => {
    expect(Object.keys(ACTION_LOADERS).sort()).toEqual(Object.keys(ACTION_SPECS).sort());
  });

  it('generated specs cover every <name>/action.yml (else run npm run matrix)', () => {
    const actions = readdirSync(root).filter((d) => existsSync(join(root, d, 'action.yml')));
    expect(Object.keys(ACTION_SPECS).sort()).toEqual(actions.sort());
  });

  it.each(Object.keys(ACTION_LOADERS))('loads %s with a run function', async (name) => {
    const module = await ACTION_LOADERS[name]();
    expect(typeof module.run).toBe('function');
    if (ACTION_SPECS[name as keyof typeof ACTION_SPECS].post) expect(typeof module.post).toBe('function');
  });
});
