// Reads an EC2 Query request (form-encoded `Action=RunInstances&Version=2016-11-15&Key.1.Sub=v`)
// into the input object, checked the way EC2 checks it against the SDK's own request schema:
// an unknown key is UnknownParameter, a missing required member MissingParameter, a value of the
// wrong type or outside its enum InvalidParameterValue. EC2 flattens lists (`Key.N`); struct
// members are `Prefix.Member` (see sdk-model.ts queryName).
import type { NormalizedSchema } from '@smithy/core/schema';
import { Ec2ApiError } from './ec2-error';
import { enumValues, operationSchemas, queryName, requiredMembers } from './sdk-model';

export const API_VERSION = '2016-11-15';

export interface Ec2Request {
  action: string;
  input: Record<string, unknown>;
  output: NormalizedSchema;
}

class Reader {
  readonly consumed = new Set<string>();
  constructor(readonly params: URLSearchParams) {}

  hasUnder(key: string): boolean {
    for (const name of this.params.keys()) if (name === key || name.startsWith(`${key}.`)) return true;
    return false;
  }

  struct(schema: NormalizedSchema, prefix: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, member] of schema.structIterator()) {
      const value = this.value(member, `${prefix}${queryName(name, member)}`, schema.getName() ?? '', name);
      if (value !== undefined) out[name] = value;
    }
    for (const name of requiredMembers(schema)) {
      if (out[name] !== undefined) continue;
      const member = schema.getMemberSchema(name);
      throw new Ec2ApiError(
        'MissingParameter',
        `The request must contain the parameter ${prefix}${queryName(name, member)}`,
      );
    }
    return out;
  }

  value(schema: NormalizedSchema, key: string, structure: string, member: string): unknown {
    if (schema.isListSchema()) {
      const indexes = new Set<number>();
      for (const name of this.params.keys()) {
        const match = name.startsWith(`${key}.`) ? /^(\d+)(\.|$)/.exec(name.slice(key.length + 1)) : null;
        if (match) indexes.add(Number(match[1]));
      }
      if (!indexes.size) return undefined;
      const items = [...indexes].sort((a, b) => a - b);
      return items.map((i) => this.value(schema.getValueSchema(), `${key}.${i}`, structure, member));
    }
    if (schema.isStructSchema()) return this.hasUnder(key) ? this.struct(schema, `${key}.`) : undefined;
    if (!this.params.has(key)) return undefined;
    this.consumed.add(key);
    const raw = this.params.get(key) ?? '';
    const invalid = () =>
      new Ec2ApiError('InvalidParameterValue', `Value (${raw}) for parameter ${key} is invalid. Invalid value.`);
    if (schema.isNumericSchema()) {
      if (!/^-?\d+(\.\d+)?$/.test(raw)) throw invalid();
      return Number(raw);
    }
    if (schema.isBooleanSchema()) {
      if (raw !== 'true' && raw !== 'false') throw invalid();
      return raw === 'true';
    }
    if (schema.isTimestampSchema()) {
      if (Number.isNaN(Date.parse(raw))) throw invalid();
      return new Date(raw);
    }
    const allowed = enumValues(structure, member);
    if (allowed && !allowed.includes(raw)) throw invalid();
    return raw;
  }
}

/** Parses and validates one request body; throws Ec2ApiError as EC2 would answer. */
export function readEc2Request(body: string): Ec2Request {
  const params = new URLSearchParams(body);
  const action = params.get('Action');
  if (!action) throw new Ec2ApiError('MissingAction', 'The request must contain the parameter Action');
  const schemas = operationSchemas(action);
  if (!schemas) throw new Ec2ApiError('InvalidAction', `The action ${action} is not valid for this web service.`);
  if (params.get('Version') !== API_VERSION)
    throw new Ec2ApiError(
      'InvalidParameterValue',
      `Value (${params.get('Version')}) for parameter Version is invalid.`,
    );
  const reader = new Reader(params);
  const input = reader.struct(schemas.input, '');
  for (const key of params.keys()) {
    if (key === 'Action' || key === 'Version' || reader.consumed.has(key)) continue;
    throw new Ec2ApiError('UnknownParameter', `The parameter ${key} is not recognized`);
  }
  return { action, input, output: schemas.output };
}
