// Inputs that fall back to the seed pipeline's variables (E2C_INSTANCE_STRATEGY...) when empty, so
// GitLab users of the original switch without renaming anything. A local adapter over the
// Runtime until runner/inputs.ts gains its own environment fallback (then this file goes).
import type { Runtime } from '../runner/runtime';

/** An input source whose empty inputs read `fallbacks[input]` from the environment instead. */
export function withEnvFallback(
  rt: Pick<Runtime, 'getInput' | 'env'>,
  fallbacks: Readonly<Record<string, string>>,
): Pick<Runtime, 'getInput'> {
  return {
    getInput(name) {
      const value = rt.getInput(name);
      if (value !== '' || !fallbacks[name]) return value;
      return (rt.env[fallbacks[name]] ?? '').trim();
    },
  };
}
