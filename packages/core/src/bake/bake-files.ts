// Which bake files a build reads. Every file is passed with `-f`, ours last, so buildx's own
// default order (which changed in 0.20) never decides what overrides what. Without the `files`
// input we pass the files buildx would find, in the order this buildx would load them.
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { InputError } from '../errors/input-error';
import { CibError } from '../errors/cib-error';
import type { BuildxFeatures } from './buildx-features';

const COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];

/** The file names buildx looks for without `-f`, in its load order. */
export function defaultBakeFiles(features: Pick<BuildxFeatures, 'hclBeforeOverrideJson'>): string[] {
  const bake = features.hclBeforeOverrideJson
    ? ['docker-bake.json', 'docker-bake.hcl', 'docker-bake.override.json', 'docker-bake.override.hcl']
    : ['docker-bake.json', 'docker-bake.override.json', 'docker-bake.hcl', 'docker-bake.override.hcl'];
  return [...COMPOSE_FILES, ...bake];
}

/**
 * The files to pass, relative to `workdir` as given: the `files` input (each must exist), else
 * the default files present. Throws before anything runs when a file is missing or none is found.
 */
export function resolveBakeFiles(
  given: readonly string[],
  workdir: string,
  features: Pick<BuildxFeatures, 'hclBeforeOverrideJson'>,
): string[] {
  const at = (file: string) => (isAbsolute(file) ? file : join(workdir, file));
  if (given.length > 0) {
    for (const file of given) {
      if (!existsSync(at(file))) throw new InputError('files', file, `bake files that exist (not found in ${workdir})`);
    }
    return [...given];
  }
  const found = defaultBakeFiles(features).filter((file) => existsSync(at(file)));
  if (found.length === 0)
    throw new CibError(`No bake file in ${workdir} (looked for ${defaultBakeFiles(features).join(', ')})`, {
      hint: 'Add a docker-bake.hcl or name your files in the "files" input',
    });
  return found;
}
