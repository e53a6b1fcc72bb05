// Writes an answer the way EC2 does: `<ActionResponse xmlns=...><requestId/>` then the output's
// members under their xmlName, lists as `<name><item>...</item></name>`, written from the SDK's
// output schema so that the SDK's own deserializer reads it back.
import type { NormalizedSchema } from '@smithy/core/schema';
import { escapeXml } from './ec2-error';
import { xmlName } from './sdk-model';
import { API_VERSION } from './query-request';

function writeValue(schema: NormalizedSchema, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (schema.isListSchema()) {
    const item = schema.getValueSchema();
    const tag = (item.getMergedTraits() as { xmlName?: string }).xmlName ?? 'member';
    return (value as unknown[]).map((v) => `<${tag}>${writeValue(item, v)}</${tag}>`).join('');
  }
  if (schema.isStructSchema()) return writeMembers(schema, value as Record<string, unknown>);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return escapeXml(String(value));
  throw new Error(`The double cannot write ${JSON.stringify(value)} as a ${schema.getName() ?? 'value'}`);
}

function writeMembers(schema: NormalizedSchema, value: Record<string, unknown>): string {
  let xml = '';
  for (const [name, member] of schema.structIterator()) {
    if (value[name] === undefined || value[name] === null) continue;
    const tag = xmlName(name, member);
    xml += `<${tag}>${writeValue(member, value[name])}</${tag}>`;
  }
  return xml;
}

/** The whole response body for `action` with `output` (an object shaped like the SDK's output type). */
export function responseXml(action: string, schema: NormalizedSchema, output: object, requestId: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<${action}Response xmlns="http://ec2.amazonaws.com/doc/${API_VERSION}/"><requestId>${requestId}</requestId>` +
    `${writeMembers(schema, output as Record<string, unknown>)}</${action}Response>`
  );
}
