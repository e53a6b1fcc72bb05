// The shape of an action's interface as the CLI sees it: what action.yml declares, turned into data
// by scripts/action-matrix.mjs (action-specs.generated.ts), so no YAML is parsed at run time.

/** One input as action.yml declares it. */
export interface InputSpec {
  name: string;
  description: string;
  required: boolean;
  /** The action.yml default as written, `${{ }}` expressions included; absent when none is declared. */
  default?: string;
}

/** One output as action.yml declares it. */
export interface OutputSpec {
  name: string;
  description: string;
}

/** An action's interface: inputs, outputs, and whether it has a post step. */
export interface ActionSpec {
  name: string;
  description: string;
  inputs: readonly InputSpec[];
  outputs: readonly OutputSpec[];
  post: boolean;
  /** The post step's condition (`always()` when action.yml gives none). */
  postIf?: string;
}
