import ms from 'ms';

/** Durations are strings Temporal understands ("10 days", "20 seconds"); Temporal parses them with `ms`. */
export function durationToMs(value: unknown): number | null {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 40) return null;
  // `ms` also accepts bare numbers ("100"); we require a unit so "5" is never read as 5 milliseconds.
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(value)) return null;
  let parsed: number | undefined;
  try {
    parsed = ms(value as ms.StringValue);
  } catch {
    return null;
  }
  return typeof parsed === 'number' && Number.isFinite(parsed) && parsed > 0 ? parsed : null;
}

export const ROUND_DURATION_KEYS = [
  'screening',
  'review',
  'reviewReminder',
  'decision',
  'agreement',
  'revision',
  'reportPeriod',
  'reportReminder',
  'reportGrace',
  'atRisk',
] as const;
export type RoundDurationKey = (typeof ROUND_DURATION_KEYS)[number];
export type RoundDurations = Record<RoundDurationKey, string>;

export const DEFAULT_ROUND_DURATIONS: RoundDurations = {
  screening: '5 days',
  review: '10 days',
  reviewReminder: '7 days',
  decision: '7 days',
  agreement: '14 days',
  revision: '21 days',
  reportPeriod: '90 days',
  reportReminder: '7 days',
  reportGrace: '14 days',
  atRisk: '30 days',
};

/** A round's duration in milliseconds; rounds stored before a key existed fall back to the default. */
export function roundDurationMs(durations: Partial<Record<RoundDurationKey, string>>, key: RoundDurationKey): number {
  return durationToMs(durations[key]) ?? durationToMs(DEFAULT_ROUND_DURATIONS[key])!;
}
