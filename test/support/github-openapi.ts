// GitHub's published REST description (the @octokit/openapi package: api.github.com.json, the
// OpenAPI 3.0 document GitHub generates from its own routes) turned into request and response
// validators for the GitHub API double (github-api.ts). The document is 13 MB: only the
// operations the double serves are extracted, with the component schemas they reach, and that
// extract is cached in the system temp directory per package version, so each test file reads a
// small JSON. Validators are compiled by Ajv (JSON Schema, with ajv-formats for date-time, uri,
// int64...) once per process and kept.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** `METHOD /route` of every operation the double serves. */
export const SERVED_OPERATIONS = [
  'GET /repos/{owner}/{repo}/git/ref/{ref}',
  'POST /repos/{owner}/{repo}/check-runs',
  'GET /repos/{owner}/{repo}/check-runs/{check_run_id}',
  'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
  'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations',
  'POST /repos/{owner}/{repo}/statuses/{sha}',
] as const;
export type ServedOperation = (typeof SERVED_OPERATIONS)[number];

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: object;
  'x-multi-segment'?: boolean;
}

interface ExtractedOperation {
  operationId: string;
  parameters: Parameter[];
  requestBody?: { required?: boolean; schema: object };
  /** Success status -> JSON schema of the answer. */
  responses: Record<string, object>;
}

interface Extract {
  version: string;
  operations: Record<string, ExtractedOperation>;
  components: { schemas: Record<string, object> };
}

const PACKAGE_DIR = join(__dirname, '../../node_modules/@octokit/openapi');

function deref<T>(document: Record<string, unknown>, value: T): T {
  const ref = (value as { $ref?: string }).$ref;
  if (!ref) return value;
  const target = ref
    .slice(2)
    .split('/')
    .reduce<unknown>(
      (node, key) => (node as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')],
      document,
    );
  return deref(document, target as T);
}

/** Copies the served operations and every component schema they reach out of the whole document. */
function extract(document: Record<string, unknown>, version: string): Extract {
  const paths = document.paths as Record<string, Record<string, Record<string, unknown>>>;
  const allSchemas = (document.components as { schemas: Record<string, object> }).schemas;
  const operations: Record<string, ExtractedOperation> = {};
  const schemas: Record<string, object> = {};
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(collect);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
          const name = value.slice('#/components/schemas/'.length);
          if (!(name in schemas)) {
            schemas[name] = allSchemas[name];
            collect(allSchemas[name]);
          }
        } else collect(value);
      }
    }
  };
  for (const served of SERVED_OPERATIONS) {
    const [method, route] = served.split(' ');
    const op = paths[route]?.[method.toLowerCase()];
    if (!op) throw new Error(`${served} is not in GitHub's OpenAPI description ${version}`);
    const parameters = ((op.parameters as unknown[]) ?? []).map((p) => deref(document, p) as Parameter);
    type Body = { required?: boolean; content: Record<string, { schema: object }> };
    const body = op.requestBody ? deref(document, op.requestBody as Body) : undefined;
    const responses: Record<string, object> = {};
    for (const [status, response] of Object.entries(op.responses as Record<string, unknown>)) {
      if (!/^2\d\d$/.test(status)) continue;
      const schema = (deref(document, response) as { content?: Record<string, { schema: object }> }).content?.[
        'application/json'
      ]?.schema;
      if (schema) responses[status] = schema;
    }
    operations[served] = {
      operationId: op.operationId as string,
      parameters,
      requestBody: body ? { required: body.required, schema: body.content['application/json'].schema } : undefined,
      responses,
    };
  }
  collect(operations);
  return { version, operations, components: { schemas } };
}

function loadExtract(): Extract {
  const { version } = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string };
  const key = createHash('sha256')
    .update(`${version}\n${SERVED_OPERATIONS.join('\n')}\n${extract.toString()}`)
    .digest('hex');
  const cache = join(tmpdir(), `cib-github-openapi-${key.slice(0, 16)}.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as Extract;
  const document = JSON.parse(readFileSync(join(PACKAGE_DIR, 'generated/api.github.com.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const result = extract(document, version);
  // Written aside then renamed: test files in parallel workers never read half a file.
  const partial = `${cache}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(result));
  renameSync(partial, cache);
  return result;
}

export interface OperationValidators {
  operation: ExtractedOperation;
  /** Path and query parameters (strings from the URL, coerced to the declared types). */
  params: ValidateFunction;
  body?: ValidateFunction;
  responses: Record<string, ValidateFunction>;
}

let compiled: { version: string; operations: Map<ServedOperation, OperationValidators> } | undefined;

/** The validators of every served operation, compiled once per process. */
export function githubValidators(): { version: string; operations: Map<ServedOperation, OperationValidators> } {
  if (compiled) return compiled;
  const doc = loadExtract();
  const options = { strict: false, allErrors: false, discriminator: true } as const;
  // OpenAPI 3.0 schemas are JSON Schema with `nullable` (which Ajv supports) and annotations
  // (`example`, `x-github`...) that non-strict mode ignores.
  const ajv = addFormats(new Ajv(options));
  const coercing = addFormats(new Ajv({ ...options, coerceTypes: true }));
  const root = { $id: 'github.json', components: relocate(doc.components) };
  ajv.addSchema(root);
  coercing.addSchema(root);
  const operations = new Map<ServedOperation, OperationValidators>();
  for (const served of SERVED_OPERATIONS) {
    const op = doc.operations[served];
    const inUrl = op.parameters.filter((p) => p.in === 'path' || p.in === 'query');
    const params = coercing.compile({
      type: 'object',
      properties: Object.fromEntries(inUrl.map((p) => [p.name, relocate(p.schema)])),
      required: inUrl.filter((p) => p.required).map((p) => p.name),
      // Stricter than GitHub, which ignores unknown query parameters: a misspelt one is our bug.
      additionalProperties: false,
    });
    operations.set(served, {
      operation: op,
      params,
      body: op.requestBody ? ajv.compile(relocate(op.requestBody.schema)) : undefined,
      responses: Object.fromEntries(
        Object.entries(op.responses).map(([status, s]) => [status, ajv.compile(relocate(s))]),
      ),
    });
  }
  compiled = { version: doc.version, operations };
  return compiled;
}

/**
 * Points `#/components/...` references at the registered `github.json` document, and lets
 * `nullable` enums hold null: GitHub's description marks them `nullable: true` without listing
 * null (OpenAPI 3.0.3 wants it listed), and GitHub does answer `"conclusion": null`.
 */
function relocate(schema: object): object {
  return JSON.parse(
    JSON.stringify(schema).replace(/"#\/components\//g, '"github.json#/components/'),
    (_, value: unknown) => {
      const node = value as { nullable?: boolean; enum?: unknown[] } | null;
      if (
        node &&
        typeof node === 'object' &&
        node.nullable === true &&
        Array.isArray(node.enum) &&
        !node.enum.includes(null)
      ) {
        return { ...node, enum: [...node.enum, null] };
      }
      return value;
    },
  ) as object;
}

/** Ajv's errors in the words GitHub's 422 uses ("For 'properties/name', 42 is not a string."). */
export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => `For '${e.instancePath.replace(/^\//, '') || 'body'}', ${e.message ?? 'invalid'}.`)
    .join('\n');
}
