/**
 * When to remind before a deadline: at 80 % of the period (a 5-day screening is reminded on day 4, a
 * 20-second test deadline at 16 s). Rounds that give an explicit reminder (reviewReminder) use it instead.
 */
export function reminderDelayMs(periodMs: number, explicitMs?: number | null): number | null {
  if (explicitMs != null) return explicitMs > 0 && explicitMs < periodMs ? explicitMs : null;
  return Math.floor(periodMs * 0.8);
}
