// What the installed buildx can do, read once from `docker buildx version`. buildx 0.13 (Debian
// 13) and the 0.2x/0.3x on GitHub's runners differ; every difference the action depends on is
// decided here, from the buildx release notes:
// - `--progress rawjson`: 0.13.0 ("rawjson progress output"); older ones get plain and `CACHED`.
// - `--call` / `--check` on bake: 0.16.0 (release notes 0.16.0: "Bake command now supports --call
//   and --check flags", docker/buildx#2556; `build --call` came in 0.15.0, docker/buildx#2498).
//   0.13.1 rejects the flag as cobra does: `ERROR: unknown flag: --call` (exit 1) run as the
//   plugin, `unknown flag: --call` (exit 125) through the docker CLI.
// - `--allow` on bake: 0.17.0 (docker/buildx#2666, "bake: enable support for entitlements").
// - filesystem entitlements (`--allow fs.read=/fs.write=`): warned about from 0.19.0, enforced
//   from 0.20.0 ("bake: filesystem entitlement checks enabled by default").
// - GitHub Actions cache service v2: 0.21.0; the v1 service was shut down on 2025-04-15, so an
//   older buildx cannot use `type=gha` on github.com at all.
// - default file order without `-f`: docker-bake.override.json before docker-bake.hcl until
//   0.19, after it from 0.20.
import { CibError } from '../errors/cib-error';

export interface BuildxVersion {
  major: number;
  minor: number;
  patch: number;
  /** As printed (`0.13.1+ds1`, `v0.29.1`). */
  text: string;
}

export interface BuildxFeatures {
  version: BuildxVersion;
  rawjsonProgress: boolean;
  call: boolean;
  /** bake takes `--allow`. */
  bakeAllow: boolean;
  /** bake checks filesystem access outside the working directory (warns 0.19, fails from 0.20). */
  fsEntitlements: boolean;
  ghaCacheV2: boolean;
  /** docker-bake.hcl is loaded before docker-bake.override.json when no -f is given. */
  hclBeforeOverrideJson: boolean;
}

/** Parses `docker buildx version` output (`github.com/docker/buildx v0.19.3 48d6a39`). */
export function parseBuildxVersion(output: string): BuildxVersion {
  const match = /buildx\s+v?(\d+)\.(\d+)\.(\d+)(\S*)/.exec(output);
  if (!match)
    throw new CibError(
      `Could not read the buildx version from "docker buildx version": ${output.trim().slice(0, 200)}`,
      {
        hint: 'Install docker buildx (docker/setup-buildx-action) and run again',
      },
    );
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3]),
    text: `${match[1]}.${match[2]}.${match[3]}${match[4]}`,
  };
}

function atLeast(version: BuildxVersion, minor: number): boolean {
  return version.major > 0 || version.minor >= minor;
}

/** The features of a buildx version. */
export function buildxFeatures(version: BuildxVersion): BuildxFeatures {
  return {
    version,
    rawjsonProgress: atLeast(version, 13),
    call: atLeast(version, 16),
    bakeAllow: atLeast(version, 17),
    fsEntitlements: atLeast(version, 19),
    ghaCacheV2: atLeast(version, 21),
    hclBeforeOverrideJson: atLeast(version, 20),
  };
}
