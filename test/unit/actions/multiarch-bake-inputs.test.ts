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

test('registry-insecure: hosts for the tag moves over plain HTTP; a URL is refused with the host to write instead', () => {
  expect(readInputs(fakeRuntime({ 'registry-insecure': 'registry.local:5000, 10.0.0.5' })).insecureHosts).toEqual([
    'registry.local:5000',
    '10.0.0.5',
  ]);
  expect(readInputs(fakeRuntime({})).insecureHosts).toEqual([]);
  expect(() => readInputs(fakeRuntime({ 'registry-insecure': 'http://registry.local:5000/v2' }))).toThrow(
    /^Input "registry-insecure" is "http:\/\/registry\.local:5000\/v2": expected hosts as host\[:port\].*Write it as registry\.local:5000/,
  );
});
