// The actions and inputs the hardening suite covers, read from the root `<name>/action.yml`
// files, so a new action or input is covered without editing the suite. An action whose
// action.yml still says it is not implemented (the planned-interface stubs) is reported as
// skipped, never silently dropped; the day its action.yml loses that marker it is covered.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readActionSpec, REPO_ROOT, type ActionSpec } from '../../support/runner-harness';

export interface CatalogAction {
  name: string;
  spec: ActionSpec;
  inputs: string[];
  /** Why the action is left out (its action.yml says it is not implemented yet), else undefined. */
  skipped?: string;
}

/** The marker the stubs carry, in their leading comment and description. */
const NOT_IMPLEMENTED = /not implemented yet/i;

/** Every root folder holding an action.yml, sorted. */
export function actionNames(): string[] {
  return readdirSync(REPO_ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(REPO_ROOT, entry.name, 'action.yml')))
    .map((entry) => entry.name)
    .sort();
}

export function catalog(): CatalogAction[] {
  return actionNames().map((name) => {
    const text = readFileSync(join(REPO_ROOT, name, 'action.yml'), 'utf8');
    const spec = readActionSpec(name);
    return {
      name,
      spec,
      inputs: Object.keys(spec.inputs ?? {}),
      skipped: NOT_IMPLEMENTED.test(text) ? 'not implemented yet, skipped' : undefined,
    };
  });
}

/** The actions that exist today (their action.yml no longer says they are not implemented). */
export function implementedActions(): CatalogAction[] {
  return catalog().filter((action) => !action.skipped);
}

/** One figures line for the actions left out: `multiarch-bake: not implemented yet, skipped`. */
export function skippedLine(): string {
  const skipped = catalog().filter((action) => action.skipped);
  return skipped.length ? skipped.map((a) => `${a.name}: ${a.skipped}`).join('; ') : 'none skipped';
}

/** Inputs that carry secrets: by name, or because action.yml says the value is masked. */
export function isSecretInput(name: string, description = ''): boolean {
  return /password|token|private-key|secret/.test(name) || /\bmasked\b/i.test(description);
}

/** Inputs whose value is a path the action writes to (it may write where it is told). */
export function isOutputPathInput(name: string, description = ''): boolean {
  return /-file$/.test(name) && /\bwrite\b/i.test(description);
}
