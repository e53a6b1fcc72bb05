// The build date: build-date input, else SOURCE_DATE_EPOCH, else the clock; ISO-8601 UTC, no ms.
import { InputError } from '@cib/core/errors/input-error';
import {
  formatBuildDate,
  parseBuildDateInput,
  parseSourceDateEpoch,
  resolveBuildDate,
} from '@cib/core/build-info/build-date';

const NOW = new Date('2026-11-23T05:11:11.789Z');

describe('formatBuildDate', () => {
  test('drops milliseconds and writes Z', () => {
    expect(formatBuildDate(new Date('2025-09-08T16:32:44.123Z'))).toBe('2025-09-08T16:32:44Z');
  });
});

describe('parseSourceDateEpoch', () => {
  test.each([
    [undefined, undefined],
    ['', undefined],
    ['0', '1970-01-01T00:00:00.000Z'],
    ['1757349164', '2025-09-08T16:32:44.000Z'],
  ])('%p -> %p', (value, iso) => {
    expect(parseSourceDateEpoch(value)?.toISOString()).toBe(iso);
  });

  test.each(['abc', '1757349164.5', '-1', ' 17', '1e9', '253402300800', '9999999999999'])(
    '%p fails, naming SOURCE_DATE_EPOCH and the build-date input',
    (value) => {
      expect(() => parseSourceDateEpoch(value)).toThrow(/SOURCE_DATE_EPOCH .*whole number of seconds.*build-date/);
    },
  );
});

describe('parseBuildDateInput', () => {
  test.each([
    ['2025-09-08T16:32:44Z', '2025-09-08T16:32:44.000Z'],
    ['2025-09-08T18:32:44+02:00', '2025-09-08T16:32:44.000Z'],
    ['2025-09-08T16:32:44.500Z', '2025-09-08T16:32:44.500Z'],
    ['1757349164', '2025-09-08T16:32:44.000Z'],
  ])('%s', (value, iso) => {
    expect(parseBuildDateInput('build-date', value).toISOString()).toBe(iso);
  });

  test.each(['yesterday', '2025-09-08', '2025-09-08T16:32:44', '2025-13-40T99:00:00Z'])('%s fails', (value) => {
    expect(() => parseBuildDateInput('build-date', value)).toThrow(InputError);
    expect(() => parseBuildDateInput('build-date', value)).toThrow(/Input "build-date"/);
  });

  test.each([
    ['2025-02-30T00:00:00Z', 'February 2025 has no day 30'],
    ['2025-02-29T12:00:00Z', 'February 2025 has no day 29'],
    ['2100-02-29T12:00:00Z', 'February 2100 has no day 29'],
    ['2025-04-31T00:00:00+02:00', 'April 2025 has no day 31'],
    ['2025-00-10T00:00:00Z', 'month 00 does not exist'],
    ['2025-01-00T00:00:00Z', 'January 2025 has no day 00'],
    ['2025-01-10T24:00:00Z', 'hour 24 does not exist'],
    ['2025-01-10T23:60:00Z', 'minute 60 does not exist'],
    ['2025-01-10T23:59:60Z', 'second 60 does not exist'],
    ['2025-01-10T23:59:59+25:00', 'the zone offset is not a time of day'],
  ])('impossible %s fails naming build-date: %s', (value, why) => {
    expect(() => parseBuildDateInput('build-date', value)).toThrow(
      new RegExp(
        `^Input "build-date" is "${value.replace(/[+.]/g, '\\$&')}": expected .*a date and time that exist\\. Here ${why}`,
      ),
    );
  });

  test.each(['2024-02-29T12:00:00Z', '2000-02-29T00:00:00Z', '2025-12-31T23:59:59Z', '2025-09-08T18:32+0200'])(
    'a date that exists, %s, passes',
    (value) => {
      expect(Number.isNaN(parseBuildDateInput('build-date', value).getTime())).toBe(false);
    },
  );
});

describe('resolveBuildDate precedence', () => {
  test.each([
    ['the clock when nothing is set', undefined, undefined, '2026-11-23T05:11:11Z'],
    ['SOURCE_DATE_EPOCH over the clock', undefined, '1757349164', '2025-09-08T16:32:44Z'],
    ['the input over SOURCE_DATE_EPOCH', new Date('2024-01-02T03:04:05Z'), '1757349164', '2024-01-02T03:04:05Z'],
    ['the input over a bad SOURCE_DATE_EPOCH', new Date('2024-01-02T03:04:05Z'), 'garbage', '2024-01-02T03:04:05Z'],
  ])('%s', (_, given, epoch, expected) => {
    expect(resolveBuildDate(given, epoch, NOW)).toBe(expected);
  });
});
