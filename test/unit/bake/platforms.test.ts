// The platforms input: known platforms only, normalised as containerd does, duplicates dropped.
import { InputError } from '@cib/core/errors/input-error';
import { parsePlatforms, platformParts, platformSlug } from '@cib/core/bake/platforms';

describe('parsePlatforms', () => {
  test.each([
    [['linux/amd64'], ['linux/amd64']],
    [['linux/arm64/v8'], ['linux/arm64']],
    [['linux/arm'], ['linux/arm/v7']],
    [['linux/arm/v7', 'linux/arm'], ['linux/arm/v7']],
    [
      ['LINUX/AARCH64', 'linux/x86_64'],
      ['linux/arm64', 'linux/amd64'],
    ],
    [
      ['linux/arm/v6', 'linux/riscv64', 'linux/s390x'],
      ['linux/arm/v6', 'linux/riscv64', 'linux/s390x'],
    ],
  ])('%p -> %p', (items, expected) => {
    expect(parsePlatforms('platforms', items)).toEqual(expected);
  });

  test.each(['linux/amd46', 'linux', 'linux/arm64/v9/x', 'darwin/arm64', 'linux/arm 64'])(
    '%p is an InputError naming the input and the known list',
    (item) => {
      const attempt = () => parsePlatforms('platforms', [item]);
      expect(attempt).toThrow(InputError);
      expect(attempt).toThrow(
        /Input "platforms" is .*: expected platforms written os\/arch\[\/variant\] from: linux\/amd64, /,
      );
    },
  );
});

test('platformParts and platformSlug', () => {
  expect(platformParts('linux/arm/v7')).toEqual({ os: 'linux', arch: 'arm', variant: 'v7' });
  expect(platformParts('linux/amd64')).toEqual({ os: 'linux', arch: 'amd64', variant: '' });
  expect(platformSlug('linux/arm/v7')).toBe('linux-arm-v7');
});
