// The build date: the `build-date` input, else SOURCE_DATE_EPOCH (reproducible builds), else
// the clock; always written as ISO-8601 UTC without milliseconds (2025-09-08T16:32:44Z), the
// form the seeds' `date -u +%Y-%m-%dT%H:%M:%SZ` produced.
import { CibError, quoteForMessage } from '../errors/cib-error';
import { InputError } from '../errors/input-error';

/** The latest second ISO-8601 can write with four year digits (9999-12-31T23:59:59Z). */
const MAX_EPOCH_SECONDS = 253402300799;

/** A date as ISO-8601 UTC without milliseconds. */
export function formatBuildDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * SOURCE_DATE_EPOCH as a Date; undefined when unset or empty. The specification
 * (reproducible-builds.org) asks tools to fail on a malformed value rather than guess.
 */
export function parseSourceDateEpoch(value: string | undefined): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const seconds = /^\d{1,12}$/.test(value) ? Number(value) : Number.NaN;
  if (!(seconds <= MAX_EPOCH_SECONDS)) {
    throw new CibError(
      `Environment variable SOURCE_DATE_EPOCH is ${quoteForMessage(value)}: expected a whole number of seconds since 1970-01-01 UTC`,
      { hint: 'Fix or unset SOURCE_DATE_EPOCH, or set the build-date input' },
    );
  }
  return new Date(seconds * 1000);
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** The `build-date` input: ISO-8601 with a zone (Z or an offset) or epoch seconds. */
export function parseBuildDateInput(input: string, value: string): Date {
  let date = new Date(Number.NaN);
  if (/^\d{1,12}$/.test(value) && Number(value) <= MAX_EPOCH_SECONDS) date = new Date(Number(value) * 1000);
  else if (ISO_DATE_TIME.test(value)) date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new InputError(input, value, 'an ISO-8601 date-time with a zone (2025-09-08T16:32:44Z) or epoch seconds');
  }
  return date;
}

/** The build date: the input when given, else SOURCE_DATE_EPOCH, else `now`. */
export function resolveBuildDate(given: Date | undefined, sourceDateEpoch: string | undefined, now: Date): string {
  return formatBuildDate(given ?? parseSourceDateEpoch(sourceDateEpoch) ?? now);
}
