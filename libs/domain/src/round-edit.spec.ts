import { FieldCode } from './errors';
import { roundEditViolations, roundPhase } from './round-rules';

const DAY = 24 * 3600 * 1000;
const now = new Date('2027-01-10T00:00:00Z');
const round = (opensIn: number, closesIn: number, reservedAmount = 0) => ({
  opensAt: new Date(now.getTime() + opensIn * DAY),
  closesAt: new Date(now.getTime() + closesIn * DAY),
  reservedAmount,
});

describe('round edits by phase', () => {
  it('knows the phase from the dates, open on both boundaries', () => {
    expect(roundPhase(round(1, 5), now)).toBe('upcoming');
    expect(roundPhase(round(0, 5), now)).toBe('open');
    expect(roundPhase(round(-5, 0), now)).toBe('open');
    expect(roundPhase(round(-5, -1), now)).toBe('closed');
  });

  it('lets anything change before opening', () => {
    expect(
      roundEditViolations(
        round(1, 5),
        { fields: ['tranchePlan', 'rubric', 'opensAt', 'closesAt'], closesAt: now },
        now,
      ),
    ).toEqual({ locked: [], errors: [] });
  });

  it('once open: texts, a later date and the envelope only', () => {
    const open = round(-1, 5, 1000);
    expect(
      roundEditViolations(
        open,
        {
          fields: ['name', 'description', 'budgetEnvelope', 'closesAt'],
          budgetEnvelope: 1000,
          closesAt: new Date(now.getTime() + 6 * DAY),
        },
        now,
      ),
    ).toEqual({ locked: [], errors: [] });
    const r = roundEditViolations(
      open,
      {
        fields: ['maxAward', 'closesAt', 'budgetEnvelope'],
        budgetEnvelope: 999,
        closesAt: new Date(now.getTime() + 4 * DAY),
      },
      now,
    );
    expect(r.locked.map((e) => e.field)).toEqual(['maxAward']);
    expect(r.errors.map((e) => [e.field, e.code])).toEqual([
      ['closesAt', FieldCode.ONLY_LATER],
      ['budgetEnvelope', FieldCode.BELOW_RESERVED],
    ]);
  });

  it('once closed, the closing date is locked too (no reopening)', () => {
    expect(
      roundEditViolations(
        round(-9, -1),
        { fields: ['closesAt', 'name'], closesAt: new Date(now.getTime() + DAY) },
        now,
      ).locked.map((e) => e.field),
    ).toEqual(['closesAt']);
  });
});
