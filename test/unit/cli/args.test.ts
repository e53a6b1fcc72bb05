import type { ActionSpec } from '../../../packages/cli/src/action-spec';
import { parseCommandLine } from '../../../packages/cli/src/args';
import { UsageError } from '../../../packages/cli/src/usage-error';

const demo: ActionSpec = {
  name: 'demo',
  description: 'A demo action',
  inputs: [
    { name: 'version', description: 'the version', required: false, default: '' },
    { name: 'tags', description: 'tags, one a line', required: false, default: '' },
    { name: 'push', description: 'push?', required: false, default: 'false' },
    { name: 'token', description: 'a token', required: true },
  ],
  outputs: [{ name: 'digest', description: 'the digest' }],
  post: false,
};
const specs = { demo };

describe('parseCommandLine', () => {
  it.each([
    ['--name value', ['demo', '--version', '1.2.3'], { version: '1.2.3' }],
    ['--name=value', ['demo', '--version=1.2.3'], { version: '1.2.3' }],
    ['a value with = inside', ['demo', '--version=a=b'], { version: 'a=b' }],
    ['an empty value', ['demo', '--version', ''], { version: '' }],
    ['a value starting with a dash via =', ['demo', '--version=--x'], { version: '--x' }],
    ['a repeated flag, one value a line', ['demo', '--tags', 'a', '--tags', 'b'], { tags: 'a\nb' }],
    ['a bare boolean flag', ['demo', '--push', '--version', '1'], { push: 'true', version: '1' }],
    ['a bare boolean flag at the end', ['demo', '--push'], { push: 'true' }],
    ['a boolean with its value', ['demo', '--push', 'false'], { push: 'false' }],
    ['--input name=value', ['demo', '--input', 'version=1.2.3'], { version: '1.2.3' }],
    ['--input=name=value, = in the value', ['demo', '--input=version=a=b'], { version: 'a=b' }],
    ['--input and the flag form together', ['demo', '--input', 'tags=a', '--tags', 'b'], { tags: 'a\nb' }],
  ])('reads inputs: %s', (_, argv, inputs) => {
    const parsed = parseCommandLine(argv, specs);
    expect(parsed.action).toBe('demo');
    expect(Object.fromEntries(parsed.inputs)).toEqual(inputs);
  });

  it('recognises the CLI options anywhere', () => {
    const parsed = parseCommandLine(
      ['--debug', 'demo', '--json', '--state-file', 's.env', '--phase', 'post', '--summary-file=sum.md'],
      specs,
    );
    expect(parsed.options).toEqual({
      help: false,
      json: true,
      debug: true,
      phase: 'post',
      stateFile: 's.env',
      summaryFile: 'sum.md',
    });
    expect(parsed.inputs.size).toBe(0);
  });

  it.each([
    [['demo', '--input', 'nope=1'], 'Unknown input "--nope" for demo'],
    [['demo', '--input', 'version'], '--input needs <input>=<value>, got "version"'],
    [['demo', '--input'], '--input needs <input>=<value>, got ""'],
  ])('refuses a bad --input: %j', (argv, message) => {
    expect(() => parseCommandLine(argv, specs)).toThrow(UsageError);
    expect(() => parseCommandLine(argv, specs)).toThrow(message);
  });

  it('defaults to the main phase and no action', () => {
    expect(parseCommandLine([], specs)).toEqual({
      action: undefined,
      inputs: new Map(),
      options: { help: false, json: false, debug: false, phase: 'main' },
    });
    expect(parseCommandLine(['-h'], specs).options.help).toBe(true);
  });

  it.each([
    ['an unknown action, listing the actions', ['deploy'], 'Unknown action "deploy". Actions: demo'],
    [
      'an unknown flag, naming it and listing the inputs',
      ['demo', '--verison', '1'],
      'Unknown input "--verison" for demo. Its inputs: --version, --tags, --push, --token',
    ],
    [
      'an input flag before the action',
      ['--version', '1', 'demo'],
      'Unknown option "--version" before the action name',
    ],
    ['a non-boolean flag without a value', ['demo', '--version'], '--version needs a value'],
    ['a non-boolean flag followed by another flag', ['demo', '--version', '--push'], '--version needs a value'],
    ['a stray argument', ['demo', '1.2.3'], 'Unexpected argument "1.2.3"'],
    ['an option without its value', ['demo', '--state-file'], '--state-file needs a value'],
  ])('refuses %s', (_, argv, message) => {
    expect(() => parseCommandLine(argv, specs)).toThrow(UsageError);
    expect(() => parseCommandLine(argv, specs)).toThrow(message);
  });
});
