// The runner's workflow-command protocol (`::name key=value::message` lines on stdout), written
// by hand rather than imported from @actions/core: @actions/core 3 eagerly loads
// @actions/http-client and undici for OIDC, which triples an action's cold start (see
// bench/cold-start). The escaping rules are those of @actions/core's command.ts, and
// test/unit/runner/protocol-conformance.test.ts checks our output against @actions/core's.

export type CommandProperties = Record<string, string | number | undefined>;

/** Escapes a command's message: %, CR and LF. */
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: as data, plus ':' and ','. */
function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Formats one workflow command line, without the trailing newline. */
export function formatCommand(command: string, properties: CommandProperties, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
