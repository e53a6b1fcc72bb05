// writeOutputs: the one way an action writes its outputs, typed by action.yml.
import { writeOutputs } from '@cib/core/runner/outputs';

test('writes each output of the record in order, skipping absent ones', () => {
  const written: Array<[string, string]> = [];
  const rt = { setOutput: (name: string, value: string) => void written.push([name, value]) };
  writeOutputs(rt, 'manifest-merge', { digest: 'sha256:1', images: 'a,b', platforms: undefined, json: '{}' });
  expect(written).toEqual([
    ['digest', 'sha256:1'],
    ['images', 'a,b'],
    ['json', '{}'],
  ]);
  // @ts-expect-error: manifest-merge/action.yml declares no output "digests"; writing it does not compile.
  writeOutputs(rt, 'manifest-merge', { digests: 'x' });
  expect(written).toHaveLength(4);
});
