// Reads a BuildKit vertex name: which target and platform it belongs to and whether it is a build
// step. A build step is a Dockerfile instruction vertex, `[<target>? <platform>? <stage>? n/m]
// INSTRUCTION ...`, other than FROM; `[internal] ...`, metadata loads, `exporting to image`,
// pushes and cache import/export carry no `n/m` and are not steps. bake prefixes the target only
// when it builds several targets, and the platform appears only for multi-platform builds.

export interface StepName {
  target?: string;
  platform?: string;
  instruction: string;
}

const BRACKET = /^\[([^\]]*)\]\s+(\S+)/;
const COUNTER = /^\d+\/\d+$/;
const PLATFORM = /^[a-z][a-z0-9]*\/[a-z0-9_]+(\/[a-z0-9.]+)?$/;

/**
 * The step a vertex name describes, or undefined when it is no build step. `targets` are the
 * targets of a multi-target bake (the first bracket word is one of them); empty for one target.
 */
export function parseStepName(name: string, targets: readonly string[]): StepName | undefined {
  const match = BRACKET.exec(name);
  if (!match) return undefined;
  const words = match[1].trim().split(/\s+/);
  if (!COUNTER.test(words[words.length - 1] ?? '')) return undefined;
  const instruction = match[2].toUpperCase();
  if (instruction === 'FROM') return undefined;
  const step: StepName = { instruction };
  let index = 0;
  if (targets.length > 1 && targets.includes(words[0])) step.target = words[index++];
  if (PLATFORM.test(words[index] ?? '')) step.platform = words[index];
  return step;
}

/** Target and platform of any vertex name (steps and `[app linux/arm64 internal] ...` alike). */
export function vertexOwner(name: string, targets: readonly string[]): { target?: string; platform?: string } {
  const match = /^\[([^\]]*)\]/.exec(name);
  if (!match) return {};
  const words = match[1].trim().split(/\s+/);
  const owner: { target?: string; platform?: string } = {};
  let index = 0;
  if (targets.length > 1 && targets.includes(words[0])) owner.target = words[index++];
  if (PLATFORM.test(words[index] ?? '')) owner.platform = words[index];
  return owner;
}
