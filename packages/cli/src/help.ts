// `cib --help` and `cib <action> --help`, written from the action specs generated from action.yml.
import type { ActionSpec } from './action-spec';

const OPTIONS_HELP = `Options:
  --input <input>=<value> give any input this way too (--input env-file=build.env is --env-file build.env)
  --json                  print the outputs as one JSON object {"outputs":{...},"env":{...}} instead of KEY=VALUE lines
  --state-file <file>     where state is kept between phases (default .cib/state-<action>-<job id>.env)
  --phase <phase>         main (default) or post (actions with a post step); e2c-runner also takes
                          setup, build, cleanup, teardown, reap
  --summary-file <file>   append the job summary (markdown) to this file instead of printing it on stderr
  --debug                 show debug logs (also CIB_DEBUG=1)
  -h, --help              this help; cib <action> --help lists the action's inputs and outputs`;

const OUTPUT_HELP = `Outputs are printed on stdout at the end, one KEY=VALUE line each (usable as a GitLab dotenv
report): the output name upper-cased with - as _ (short-commit -> SHORT_COMMIT), then the variables
the action exported. A value with a line break is written as a JSON string ("a\\nb"). Logs and the
job summary go to stderr; registered secrets are shown as ***. Exit code: 0 success, 1 the action
failed, 2 a bad command line.`;

const LAUNCH_HELP = `Run cib as dist/cli/cib (a launcher that starts Node with \`node --\`), or as
node -- dist/cli/index.js: Node reads --env-file itself wherever it stands on its command line,
unless a -- comes first.`;

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join(`\n${indent}`);
}

/** One `  <label>  <description>` line of a list, the description wrapped in its own column. */
function row(label: string, description: string, width: number): string {
  return `  ${label.padEnd(width)}  ${wrap(description, 96 - width, ' '.repeat(width + 4))}`;
}

/** The list of actions and the CLI's options. */
export function generalHelp(specs: Readonly<Record<string, ActionSpec>>): string {
  const names = Object.keys(specs).sort();
  const width = Math.max(...names.map((n) => n.length));
  const actions = names.map((n) => row(n, specs[n].description, width)).join('\n');
  return `cib: run a cib action outside GitHub Actions (a laptop, GitLab CI).

Usage: cib <action> [--<input> <value>]... [options]

Actions:
${actions}

${OPTIONS_HELP}

${OUTPUT_HELP}

${LAUNCH_HELP}
`;
}

/** One action: its inputs (defaults, required), outputs and phases. */
export function actionHelp(spec: ActionSpec): string {
  const width = Math.max(0, ...spec.inputs.map((i) => i.name.length + 2));
  const inputs = spec.inputs.length
    ? spec.inputs
        .map((i) => {
          const notes = [
            i.required ? 'required' : '',
            i.default !== undefined && i.default !== '' ? `default: ${i.default}` : '',
          ].filter(Boolean);
          // The default on a line of its own, never wrapped, so it can be copied as written.
          const noteLine = notes.length ? `\n${' '.repeat(width + 4)}${notes.join('; ')}` : '';
          return row(`--${i.name}`, i.description, width) + noteLine;
        })
        .join('\n')
    : '  (none)';
  const outWidth = Math.max(0, ...spec.outputs.map((o) => o.name.length));
  const outputs = spec.outputs.length
    ? spec.outputs.map((o) => row(o.name, o.description, outWidth)).join('\n')
    : '  (none)';
  const phases = spec.post
    ? `Phases: main (default), then post (cib ${spec.name} --phase post; GitHub runs it ${spec.postIf ?? 'always()'}).`
    : 'Phases: main only.';
  return `cib ${spec.name}: ${spec.description}

Usage: cib ${spec.name} [--<input> <value>]... [options]

Inputs (a repeated flag adds a line; a bare boolean flag means true):
${inputs}

Outputs:
${outputs}

${phases}

${OPTIONS_HELP}

${LAUNCH_HELP}
`;
}
