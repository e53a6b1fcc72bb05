// The EC2 API description the double holds every request to: the operation, request and response
// schemas and the enums that @aws-sdk/client-ec2 itself exports (the ones its own serializer
// writes from), read through the SDK's schema reader. Nothing here is hand-written about EC2.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ec2 from '@aws-sdk/client-ec2';
import { NormalizedSchema } from '@smithy/core/schema';
import { REPO_ROOT } from '../runner-harness';

type Exports = Record<string, unknown>;
const EXPORTS = ec2 as unknown as Exports;

/** An operation's input and output schemas, or undefined when the SDK knows no such action. */
export function operationSchemas(action: string): { input: NormalizedSchema; output: NormalizedSchema } | undefined {
  const operation = EXPORTS[`${action}$`];
  // A static operation schema: [9, namespace, name, traits, input, output].
  if (!Array.isArray(operation) || operation[0] !== 9) return undefined;
  type SchemaRef = Parameters<typeof NormalizedSchema.of>[0];
  const [, , , , input, output] = operation as [number, string, string, unknown, SchemaRef, SchemaRef];
  return { input: NormalizedSchema.of(input), output: NormalizedSchema.of(output) };
}

/** The members a structure requires: a static structure schema lists them first, [6] counts them. */
export function requiredMembers(struct: NormalizedSchema): string[] {
  const raw = struct.getSchema() as unknown as unknown[];
  const names = raw[4] as string[];
  const count = typeof raw[6] === 'number' ? raw[6] : 0;
  return names.slice(0, count);
}

/**
 * The query key the EC2 protocol uses for a member: its ec2QueryName, else its xmlName or member
 * name capitalised (@aws-sdk/core's QuerySerializer.getKey with the EC2 settings).
 */
export function queryName(memberName: string, member: NormalizedSchema): string {
  const traits = member.getMergedTraits() as { ec2QueryName?: string; xmlName?: string };
  if (traits.ec2QueryName) return traits.ec2QueryName;
  const key = traits.xmlName ?? memberName;
  return key[0].toUpperCase() + key.slice(1);
}

/** The element name a response member is written under (xmlName, else the member name). */
export function xmlName(memberName: string, member: NormalizedSchema): string {
  return (member.getMergedTraits() as { xmlName?: string }).xmlName ?? memberName;
}

let enumIndex: Map<string, readonly string[]> | undefined;

/**
 * Enum-typed members, `Structure.Member` -> allowed values. The schemas carry enums as plain
 * strings; the typed models (dist-types/models/*.d.ts) say which enum each member takes
 * (`InstanceType?: _InstanceType | undefined`), and the enum objects are exported values.
 */
function enums(): Map<string, readonly string[]> {
  if (enumIndex) return enumIndex;
  enumIndex = new Map();
  const models = join(REPO_ROOT, 'node_modules/@aws-sdk/client-ec2/dist-types/models');
  for (const file of readdirSync(models).filter((f) => /^models_\d+\.d\.ts$/.test(f))) {
    const text = readFileSync(join(models, file), 'utf8');
    for (const block of text.matchAll(/export interface (\w+) \{([\s\S]*?)\n\}/g)) {
      for (const member of block[2].matchAll(/^ {4}(\w+)\??: (\w+)(?:\[\])? \| undefined;$/gm)) {
        const values = EXPORTS[member[2]];
        if (values && typeof values === 'object' && !Array.isArray(values)) {
          const list = Object.values(values);
          if (list.length && list.every((v) => typeof v === 'string')) enumIndex.set(`${block[1]}.${member[1]}`, list);
        }
      }
    }
  }
  return enumIndex;
}

/** The values an enum-typed member allows, or undefined for a free string. */
export function enumValues(structure: string, member: string): readonly string[] | undefined {
  return enums().get(`${structure}.${member}`);
}
