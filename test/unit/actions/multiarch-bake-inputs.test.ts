// multiarch-bake's targets input: bake target or group names only. A value buildx would read as an
// option (`--output=...`, found by the hostile draw) or a shell word is refused naming the input.
import { readInputs } from '../../../actions/multiarch-bake/run';
import { InputError } from '@cib/core/errors/input-error';
import { fakeRuntime } from '../../support/fake-runtime';

test('target and group names are read as a list; none means the default group', () => {
  expect(readInputs(fakeRuntime({ targets: 'app, tool-2,image_3' })).targets).toEqual(['app', 'tool-2', 'image_3']);
  expect(readInputs(fakeRuntime({})).targets).toEqual(['default']);
});

test.each(['--output=type=local,dest=/tmp/x', '-f', 'app;id', 'app tool', 'app/x', '../app', 'ápp'])(
  'targets %j is refused naming the input',
  (bad) => {
    const read = () => readInputs(fakeRuntime({ targets: `app,${bad}` }));
    expect(read).toThrow(InputError);
    expect(read).toThrow(
      /^Input "targets" is .*: expected bake target or group names \(letters, digits, _ and -\) such as app/,
    );
  },
);
