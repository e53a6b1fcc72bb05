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

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))$/;
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const EXPECTED = 'an ISO-8601 date-time with a zone (2025-09-08T16:32:44Z) or epoch seconds';

/** Days in `month` (1-12) of `year`, leap years included. */
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/**
 * What is impossible about an ISO date-time's fields, or undefined when they all exist. JavaScript
 * would roll 2025-02-30 over to March 2 and reads some out-of-range times as invalid, others not:
 * every field is checked here instead.
 */
function impossibleField(match: RegExpExecArray): string | undefined {
  const [year, month, day, hour, minute, second = '0', offsetHours = '0', offsetMinutes = '0'] = match.slice(1);
  const [y, mo, d] = [Number(year), Number(month), Number(day)];
  if (mo < 1 || mo > 12) return `month ${month} does not exist`;
  if (d < 1 || d > daysInMonth(y, mo)) return `${MONTHS[mo - 1]} ${year} has no day ${day}`;
  if (Number(hour) > 23) return `hour ${hour} does not exist (00 to 23)`;
  if (Number(minute) > 59) return `minute ${minute} does not exist (00 to 59)`;
  if (Number(second) > 59) return `second ${second} does not exist (00 to 59)`;
  if (Number(offsetHours) > 23 || Number(offsetMinutes) > 59) return 'the zone offset is not a time of day';
  return undefined;
}

/** The `build-date` input: ISO-8601 with a zone (Z or an offset) or epoch seconds; a date that cannot exist fails. */
export function parseBuildDateInput(input: string, value: string): Date {
  if (/^\d{1,12}$/.test(value) && Number(value) <= MAX_EPOCH_SECONDS) return new Date(Number(value) * 1000);
  const match = ISO_DATE_TIME.exec(value);
  if (!match) throw new InputError(input, value, EXPECTED);
  const impossible = impossibleField(match);
  if (impossible) throw new InputError(input, value, `${EXPECTED}, a date and time that exist`, `Here ${impossible}`);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new InputError(input, value, EXPECTED);
  return date;
}

/** The build date: the input when given, else SOURCE_DATE_EPOCH, else `now`. */
export function resolveBuildDate(given: Date | undefined, sourceDateEpoch: string | undefined, now: Date): string {
  return formatBuildDate(given ?? parseSourceDateEpoch(sourceDateEpoch) ?? now);
}
