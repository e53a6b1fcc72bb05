// Feature detection from `docker buildx version`, once: the versions the release notes name.
import { buildxFeatures, parseBuildxVersion } from '@cib/core/bake/buildx-features';

test.each([
  ['github.com/docker/buildx 0.13.1+ds1 0.13.1+ds1-3\n', '0.13.1+ds1'],
  ['github.com/docker/buildx v0.29.1 a1b2c3d\n', '0.29.1'],
  ['github.com/docker/buildx v0.19.3-desktop.1 48d6a39\n', '0.19.3-desktop.1'],
])('parses %p', (output, text) => {
  expect(parseBuildxVersion(output).text).toBe(text);
});

test('an unreadable version says how to install buildx', () => {
  expect(() => parseBuildxVersion("docker: 'buildx' is not a docker command.")).toThrow(/docker\/setup-buildx-action/);
});

test.each([
  [
    '0.12.0',
    {
      rawjsonProgress: false,
      call: false,
      bakeAllow: false,
      fsEntitlements: false,
      ghaCacheV2: false,
      hclBeforeOverrideJson: false,
    },
  ],
  [
    '0.13.1',
    {
      rawjsonProgress: true,
      call: false,
      bakeAllow: false,
      fsEntitlements: false,
      ghaCacheV2: false,
      hclBeforeOverrideJson: false,
    },
  ],
  [
    '0.17.0',
    {
      rawjsonProgress: true,
      call: true,
      bakeAllow: true,
      fsEntitlements: false,
      ghaCacheV2: false,
      hclBeforeOverrideJson: false,
    },
  ],
  [
    '0.20.1',
    {
      rawjsonProgress: true,
      call: true,
      bakeAllow: true,
      fsEntitlements: true,
      ghaCacheV2: false,
      hclBeforeOverrideJson: true,
    },
  ],
  [
    '0.29.1',
    {
      rawjsonProgress: true,
      call: true,
      bakeAllow: true,
      fsEntitlements: true,
      ghaCacheV2: true,
      hclBeforeOverrideJson: true,
    },
  ],
])('buildx %s', (version, features) => {
  expect(buildxFeatures(parseBuildxVersion(`github.com/docker/buildx v${version} x`))).toMatchObject(features);
});
