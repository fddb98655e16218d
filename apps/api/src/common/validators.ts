import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ValidateBy, ValidateIf, ValidationOptions } from 'class-validator';
import { COMMUNE_PATTERN, durationToMs, FieldCode, isAmount, isRegion, MAX_AMOUNT, REGION_KEYS } from '@csf/domain';

/**
 * Composite validators: each pairs the OpenAPI description with the checks, and names its constraint after the
 * stable field code the client sees (the validation pipe maps constraint names to codes).
 */
interface Common {
  required?: boolean;
  /** Validate every element of an array property; the array itself is documented by its own @ApiProperty. */
  each?: boolean;
}

/** Set while a composite decorator is being built, so `rule` knows whether it applies to each element. */
let currentEach = false;

function rule(
  code: FieldCode,
  test: (value: unknown) => boolean,
  context?: Record<string, unknown>,
): PropertyDecorator {
  const options: ValidationOptions = { message: code, context, each: currentEach };
  return ValidateBy({ name: code, validator: { validate: (value) => test(value) } }, options);
}

/**
 * Optional means "may be left out". Unlike IsOptional, null is still checked (and refused): it is a value of none
 * of these types, and in a PATCH it would reach a NOT NULL column as a 500.
 */
const optional = (required: boolean) => (required ? [] : [ValidateIf((_object, value) => value !== undefined)]);
const doc = (required: boolean, options: Parameters<typeof ApiProperty>[0]): PropertyDecorator[] =>
  currentEach ? [] : [required ? ApiProperty(options) : ApiPropertyOptional(options)];

/** Builds a composite decorator with the `each` flag in force for its rules. */
function composite(options: Common, build: (required: boolean) => PropertyDecorator[]): PropertyDecorator {
  currentEach = options.each ?? false;
  try {
    return applyDecorators(...build(options.required ?? true));
  } finally {
    currentEach = false;
  }
}

/** Money in the currency's minor unit: a non-negative safe integer, never a float or a numeric string. */
export function IsMoney(options: Common & { description?: string } = {}) {
  return composite(options, (required) => [
    ...doc(required, {
      type: 'integer',
      format: 'int64',
      minimum: 0,
      example: 45000000,
      description: options.description ?? 'Amount in the minor unit of the round currency (GNF has none).',
    }),
    ...optional(required),
    rule(FieldCode.NOT_INTEGER, (v) => typeof v === 'number' && Number.isInteger(v)),
    rule(FieldCode.NEGATIVE, (v) => typeof v === 'number' && v >= 0),
    rule(FieldCode.TOO_LARGE, (v) => isAmount(v), { max: MAX_AMOUNT }),
  ]);
}

/** A whole number within bounds (counts, percentages, scores). */
export function IsCount(options: Common & { min?: number; max?: number; description?: string; example?: number } = {}) {
  const min = options.min ?? 0;
  const max = options.max ?? 2_147_483_647;
  return composite(options, (required) => [
    ...doc(required, {
      type: 'integer',
      minimum: min,
      maximum: max,
      description: options.description,
      example: options.example,
    }),
    ...optional(required),
    rule(FieldCode.NOT_INTEGER, (v) => typeof v === 'number' && Number.isInteger(v)),
    rule(min === 0 ? FieldCode.NEGATIVE : FieldCode.TOO_SMALL, (v) => typeof v === 'number' && v >= min, { min }),
    rule(FieldCode.TOO_LARGE, (v) => typeof v === 'number' && v <= max, { max }),
  ]);
}

/** Non-empty trimmed text with a length cap. */
export function IsText(options: Common & { max?: number; description?: string; example?: string } = {}) {
  const max = options.max ?? 2000;
  return composite(options, (required) => [
    // Blank text counts as missing: the pattern says "at least one non-space character".
    ...doc(required, {
      type: 'string',
      minLength: 1,
      maxLength: max,
      pattern: '\\S',
      description: options.description,
      example: options.example,
    }),
    ...optional(required),
    // A missing value is REQUIRED, not INVALID.
    rule(FieldCode.INVALID, (v) => v === undefined || v === null || typeof v === 'string'),
    rule(FieldCode.REQUIRED, (v) => typeof v === 'string' && v.trim().length > 0),
    rule(FieldCode.TOO_LONG, (v) => typeof v === 'string' && v.length <= max, { max }),
  ]);
}

/** One of a fixed list of string values. */
export function IsOneOf(values: readonly string[], options: Common & { description?: string } = {}) {
  return composite(options, (required) => [
    ...doc(required, { type: 'string', enum: [...values], description: options.description }),
    ...optional(required),
    rule(FieldCode.NOT_IN_LIST, (v) => typeof v === 'string' && values.includes(v)),
  ]);
}

export function IsRegionKey(options: Common = {}) {
  return composite(options, (required) => [
    ...doc(required, { type: 'string', enum: [...REGION_KEYS], example: 'conakry', description: 'Region key.' }),
    ...optional(required),
    rule(FieldCode.UNKNOWN_REGION, (v) => isRegion(v)),
  ]);
}

/** Lower-case slug for communes and neighbourhood keys. */
export function IsSlug(options: Common & { example?: string } = {}) {
  return composite(options, (required) => [
    ...doc(required, { type: 'string', pattern: '^[a-z0-9]+([-_][a-z0-9]+)*$', example: options.example }),
    ...optional(required),
    rule(FieldCode.INVALID, (v) => typeof v === 'string' && v.length <= 80 && COMMUNE_PATTERN.test(v)),
  ]);
}

/**
 * Years a date of this service can sensibly have. Outside them a date is a typo or a probe, and PostgreSQL refuses
 * some of them (year 0) while JavaScript cannot even represent others (275760 and beyond).
 */
export const DATE_YEARS = { min: 1900, max: 9999 } as const;

/** `YYYY-MM-DD` that exists in the calendar (no 30 February) within DATE_YEARS. */
export function isCalendarDate(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const year = Number(v.slice(0, 4));
  if (year < DATE_YEARS.min || year > DATE_YEARS.max) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** An ISO 8601 timestamp with a time zone, whose day exists and whose time is a real time of day. */
export function isTimestamp(v: unknown): v is string {
  const m =
    typeof v === 'string'
      ? /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/.exec(v)
      : null;
  if (!m || !isCalendarDate(m[1])) return false;
  const [hour, minute, second, offsetHours, offsetMinutes] = [m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(
    Number,
  );
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 14 || offsetMinutes > 59) return false;
  return !Number.isNaN(Date.parse(v as string));
}

/** A calendar date `YYYY-MM-DD` that exists. */
export function IsCalendarDate(options: Common & { example?: string } = {}) {
  return composite(options, (required) => [
    ...doc(required, { type: 'string', format: 'date', example: options.example ?? '2027-02-01' }),
    ...optional(required),
    rule(FieldCode.INVALID_DATE, isCalendarDate),
  ]);
}

/** An ISO 8601 timestamp with a time zone. */
export function IsTimestamp(options: Common & { example?: string } = {}) {
  return composite(options, (required) => [
    ...doc(required, { type: 'string', format: 'date-time', example: options.example ?? '2027-01-31T23:59:59Z' }),
    ...optional(required),
    rule(FieldCode.INVALID_DATE, isTimestamp),
  ]);
}

/** E.164 phone number; Guinean numbers are +224 followed by 9 digits. */
export const E164 = /^\+[1-9]\d{7,14}$/;
export function isE164(value: unknown): boolean {
  if (typeof value !== 'string' || !E164.test(value)) return false;
  return value.startsWith('+224') ? /^\+224\d{9}$/.test(value) : true;
}
export function IsPhone(options: Common = {}) {
  return composite(options, (required) => [
    ...doc(required, { type: 'string', example: '+224620000000', description: 'E.164 phone number.' }),
    ...optional(required),
    rule(FieldCode.INVALID_PHONE, isE164),
  ]);
}

/** A duration Temporal understands ("10 days", "20 seconds"). */
export function IsDuration(options: Common & { example?: string } = {}) {
  return composite(options, (required) => [
    ...doc(required, { type: 'string', example: options.example ?? '10 days' }),
    ...optional(required),
    rule(FieldCode.INVALID_DURATION, (v) => durationToMs(v) !== null),
  ]);
}

export function IsUuidField(options: Common & { description?: string } = {}) {
  return composite(options, (required) => [
    ...doc(required, { type: 'string', format: 'uuid', description: options.description }),
    ...optional(required),
    rule(FieldCode.INVALID, (v) => typeof v === 'string' && UUID.test(v)),
  ]);
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
