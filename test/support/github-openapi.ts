// GitHub's published REST description (the @octokit/openapi package: api.github.com.json, the
// OpenAPI 3.0 document GitHub generates from its own routes) turned into request and response
// validators for the GitHub API double (github-api.ts). The document is 13 MB: only the
// operations the double serves are extracted, with the component schemas they reach, and that
// extract is cached in the system temp directory per package version, so each test file reads a
// small JSON. Validators are compiled by Ajv (JSON Schema, with ajv-formats for date-time, uri,
// int64...) into standalone code kept in the same cache, so a test file only loads them.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv, { _, type ErrorObject, type ValidateFunction } from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import addFormats from 'ajv-formats';

/** `METHOD /route` of every operation the double serves. */
export const SERVED_OPERATIONS = [
  'GET /repos/{owner}/{repo}/git/ref/{ref}',
  'POST /repos/{owner}/{repo}/check-runs',
  'GET /repos/{owner}/{repo}/check-runs/{check_run_id}',
  'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
  'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations',
  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
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

/** The extract and the validators' code as Ajv's standalone compiler writes it (CommonJS). */
interface Cached {
  extract: Extract;
  /** Parameter validators (types coerced from URL strings), by id `p<n>`. */
  paramsCode: string;
  /** Body (`b<n>`) and answer (`r<n>-<status>`) validators, by id. */
  schemasCode: string;
}

const AJV_OPTIONS = {
  strict: false,
  allErrors: false,
  discriminator: true,
  // Standalone code reaches ajv-formats' checks by require, as Ajv documents for formats.
  code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
} as const;

/** Compiles every validator of the extract to standalone code (the slow part, done once per cache). */
function compileCode(extract: Extract): Pick<Cached, 'paramsCode' | 'schemasCode'> {
  // OpenAPI 3.0 schemas are JSON Schema with `nullable` (which Ajv supports) and annotations
  // (`example`, `x-github`...) that non-strict mode ignores.
  const ajv = addFormats(new Ajv(AJV_OPTIONS));
  const coercing = addFormats(new Ajv({ ...AJV_OPTIONS, coerceTypes: true }));
  const root = { $id: 'github.json', components: relocate(extract.components) };
  ajv.addSchema(root);
  coercing.addSchema(root);
  const params: Record<string, string> = {};
  const schemas: Record<string, string> = {};
  SERVED_OPERATIONS.forEach((served, n) => {
    const op = extract.operations[served];
    const inUrl = op.parameters.filter((p) => p.in === 'path' || p.in === 'query');
    coercing.addSchema(
      {
        type: 'object',
        properties: Object.fromEntries(inUrl.map((p) => [p.name, relocate(p.schema)])),
        required: inUrl.filter((p) => p.required).map((p) => p.name),
        // Stricter than GitHub, which ignores unknown query parameters: a misspelt one is our bug.
        additionalProperties: false,
      },
      (params[`p${n}`] = `p${n}`),
    );
    if (op.requestBody) ajv.addSchema(relocate(op.requestBody.schema), (schemas[`b${n}`] = `b${n}`));
    for (const [status, schema] of Object.entries(op.responses)) {
      ajv.addSchema(relocate(schema), (schemas[`r${n}-${status}`] = `r${n}-${status}`));
    }
  });
  return { paramsCode: standaloneCode(coercing, params), schemasCode: standaloneCode(ajv, schemas) };
}

function loadCached(): Cached {
  const { version } = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string };
  const ajvVersion = (JSON.parse(readFileSync(require.resolve('ajv/package.json'), 'utf8')) as { version: string })
    .version;
  const key = createHash('sha256')
    .update(
      `${version}\n${ajvVersion}\n${SERVED_OPERATIONS.join('\n')}\n${extract.toString()}\n${compileCode.toString()}`,
    )
    .digest('hex');
  const cache = join(tmpdir(), `cib-github-openapi-${key.slice(0, 16)}.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as Cached;
  const document = JSON.parse(readFileSync(join(PACKAGE_DIR, 'generated/api.github.com.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const result = extract(document, version);
  const cached: Cached = { extract: result, ...compileCode(result) };
  // Written aside then renamed: test files in parallel workers never read half a file.
  const partial = `${cache}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(cached));
  renameSync(partial, cache);
  return cached;
}

/** Runs standalone validator code as a CommonJS module, its requires resolved from here. */
function instantiate(code: string): Record<string, ValidateFunction> {
  const module = { exports: {} as Record<string, ValidateFunction> };
  // The code is Ajv's own standalone output, compiled from GitHub's description and cached by
  // this file: running it is the point (it spares every test file a 1 s Ajv compile).
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
  new Function('require', 'module', 'exports', code)(require, module, module.exports);
  return module.exports;
}

export interface OperationValidators {
  operation: ExtractedOperation;
  /** Path and query parameters (strings from the URL, coerced to the declared types). */
  params: ValidateFunction;
  body?: ValidateFunction;
  responses: Record<string, ValidateFunction>;
}

let compiled: { version: string; operations: Map<ServedOperation, OperationValidators> } | undefined;

/** The validators of every served operation: compiled once into the cache, loaded once per process. */
export function githubValidators(): { version: string; operations: Map<ServedOperation, OperationValidators> } {
  if (compiled) return compiled;
  const cached = loadCached();
  const params = instantiate(cached.paramsCode);
  const schemas = instantiate(cached.schemasCode);
  const operations = new Map<ServedOperation, OperationValidators>();
  SERVED_OPERATIONS.forEach((served, n) => {
    const op = cached.extract.operations[served];
    operations.set(served, {
      operation: op,
      params: params[`p${n}`],
      body: schemas[`b${n}`],
      responses: Object.fromEntries(Object.keys(op.responses).map((status) => [status, schemas[`r${n}-${status}`]])),
    });
  });
  compiled = { version: cached.extract.version, operations };
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
