// The `cib` command lines the docs print, checked with the CLI's own parser against the generated
// action specs: an unknown action, a flag the action does not declare, or a flag without its
// value is a finding. test/e2e/cli-launcher.test.ts runs the README.md, CLI and build-info ones
// for real; this reads every doc, including the action READMEs whose commands need a registry,
// a build engine or EC2.
import { ACTION_SPECS } from '../../packages/cli/src/action-specs.generated';
import { parseCommandLine } from '../../packages/cli/src/args';
import { codeBlocks } from './markdown';

/** `dist/cli/cib ...`, `cib/dist/cli/cib ...`, `node [--] dist/cli/index.js ...`: the arguments. */
const CIB_COMMAND = /^(?:node\s+(?:--\s+)?)?(?:[\w.-]+\/)?dist\/cli\/(?:cib|index\.js)(?:\s+(.*))?$/;

/** The arguments of each cib command line in the code blocks (YAML list dashes and comments dropped). */
export function cibCommands(markdown: string): string[][] {
  return codeBlocks(markdown)
    .flatMap((block) => block.text.split('\n'))
    .map((line) =>
      line
        .replace(/^\s*-\s+/, '')
        .replace(/\s+#.*$/, '')
        .trim(),
    )
    .flatMap((line) => {
      const match = CIB_COMMAND.exec(line);
      if (!match) return [];
      // Words as sh splits these simple lines ('' quotes), up to a `>` redirection.
      const words = [...(match[1] ?? '').matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]);
      const redirect = words.indexOf('>');
      return [redirect < 0 ? words : words.slice(0, redirect)];
    });
}

/** Command lines the CLI would refuse, with its message. */
export function refusedCommands(file: string, markdown: string): string[] {
  return cibCommands(markdown).flatMap((argv) => {
    try {
      parseCommandLine(argv, ACTION_SPECS);
      return [];
    } catch (error) {
      return [`${file}: cib ${argv.join(' ')}: ${(error as Error).message}`];
    }
  });
}
