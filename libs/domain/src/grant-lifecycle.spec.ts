import {
  daysLate,
  grantCommandAllowed,
  grantCommandRefusal,
  isoDate,
  nextReportEvent,
  readyForCloseout,
  reportAfterSuspension,
  reportChangeRefusal,
  reportEventApplies,
  reportDueAt,
  reportTimeline,
  type ReportContent,
  resubmissionDeadline,
  terminationRefusal,
  validateReportContent,
} from './grant-lifecycle';

const context = {
  milestoneIds: ['m1', 'm2'],
  indicatorKeys: ['people_reached'],
  budgetCategories: ['equipment', 'activities'],
  disbursedAmount: 16_000_000,
};
const content = (o: Partial<ReportContent> = {}): ReportContent => ({
  narrative: 'ok',
  beneficiaries: { total: 300, women: 170, youth: 120 },
  indicators: [{ key: 'people_reached', value: 300 }],
  expenditures: [
    { category: 'equipment', amount: 10_000_000 },
    { category: 'activities', amount: 6_000_000 },
  ],
  milestones: [{ id: 'm1', status: 'achieved' }],
  ...o,
});

describe('report content against its grant', () => {
  it('accepts spending up to exactly what was disbursed', () => {
    expect(validateReportContent(content(), context)).toBeNull();
  });

  it('refuses spending above the disbursed total, one minor unit is enough', () => {
    const over = content({ expenditures: [{ category: 'equipment', amount: 16_000_001 }] });
    expect(validateReportContent(over, context)).toEqual({
      code: 'EXPENDITURE_ABOVE_DISBURSED',
      errors: [{ field: 'expenditures', code: 'TOO_LARGE', params: { max: 16_000_000 } }],
    });
  });

  it('names each unknown or repeated milestone, indicator and category', () => {
    const bad = content({
      indicators: [{ key: 'trees_planted', value: 1 }],
      expenditures: [
        { category: 'equipment', amount: 1 },
        { category: 'equipment', amount: 1 },
      ],
      milestones: [{ id: 'm9', status: 'missed' }],
      beneficiaries: { total: 10, women: 11, youth: 12 },
    });
    expect(validateReportContent(bad, context)?.errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'beneficiaries.women:TOO_LARGE',
      'beneficiaries.youth:TOO_LARGE',
      'indicators[0].key:NOT_IN_LIST',
      'expenditures[1].category:DUPLICATE',
      'milestones[0].id:NOT_IN_LIST',
    ]);
  });
});

describe('report schedule', () => {
  const day = 86_400_000;
  it('puts report k at k report periods after signature', () => {
    expect([1, 2, 3].map((k) => (reportDueAt(1_000, k, 90 * day) - 1_000) / day)).toEqual([90, 180, 270]);
  });

  it('makes a report due before its date, overdue after the grace, at risk later', () => {
    expect(reportTimeline(100 * day, { reportReminder: 7 * day, reportGrace: 14 * day, atRisk: 30 * day })).toEqual({
      dueFrom: 93 * day,
      overdueAt: 114 * day,
      atRiskAt: 130 * day,
    });
  });

  it('plans each report status its next timed event, a returned report its resubmission deadline', () => {
    const d = { reportReminder: 7 * day, reportGrace: 14 * day, atRisk: 30 * day };
    const dueAt = new Date(100 * day).toISOString();
    const resubmitBy = new Date(120 * day).toISOString();
    expect(nextReportEvent({ status: 'scheduled', dueAt }, d, false)).toEqual({ event: 'due', at: 93 * day });
    expect(nextReportEvent({ status: 'due', dueAt }, d, false)).toEqual({ event: 'overdue', at: 114 * day });
    expect(nextReportEvent({ status: 'overdue', dueAt }, d, false)).toEqual({ event: 'at_risk', at: 130 * day });
    expect(nextReportEvent({ status: 'overdue', dueAt }, d, true)).toBeNull();
    expect(nextReportEvent({ status: 'changes_requested', dueAt, resubmitBy }, d, false)).toEqual({
      event: 'overdue',
      at: 120 * day,
    });
    // Sent back before deadlines existed (snapshot without the field) or under review: nothing to time.
    expect(nextReportEvent({ status: 'changes_requested', dueAt }, d, false)).toBeNull();
    expect(nextReportEvent({ status: 'submitted', dueAt, resubmitBy: null }, d, false)).toBeNull();
    expect(nextReportEvent({ status: 'accepted', dueAt }, d, false)).toBeNull();
    expect(nextReportEvent({ status: 'scheduled', dueAt: null }, d, false)).toBeNull();
    expect(resubmissionDeadline(106 * day, d)).toBe(120 * day);
  });

  it('moves what was still to be delivered later by the time of a suspension, never what was already late', () => {
    const at = (d: number) => new Date(d * day);
    const suspended = at(50);
    const resumed = at(80);
    const report = (status: string, o: { periodStart?: number; dueAt?: number; resubmitBy?: number } = {}) => ({
      status,
      periodStart: o.periodStart === undefined ? null : at(o.periodStart),
      dueAt: o.dueAt === undefined ? null : at(o.dueAt),
      resubmitBy: o.resubmitBy === undefined ? null : at(o.resubmitBy),
    });
    // Report 1's period had begun (kept), report 2's had not (moved with its due date).
    expect(reportAfterSuspension(report('due', { periodStart: 0, dueAt: 55 }), suspended, resumed)).toEqual({
      dueAt: at(85),
      dueDate: isoDate(at(85)),
    });
    expect(reportAfterSuspension(report('scheduled', { periodStart: 55, dueAt: 110 }), suspended, resumed)).toEqual({
      periodStart: at(85),
      dueAt: at(140),
      dueDate: isoDate(at(140)),
    });
    expect(
      reportAfterSuspension(report('changes_requested', { dueAt: 40, resubmitBy: 60 }), suspended, resumed),
    ).toEqual({ resubmitBy: at(90) });
    for (const status of ['overdue', 'submitted', 'accepted'])
      expect(reportAfterSuspension(report(status, { dueAt: 40 }), suspended, resumed)).toBeNull();
    expect(reportAfterSuspension(report('scheduled'), suspended, resumed)).toBeNull();
    expect(reportAfterSuspension(report('scheduled', { dueAt: 110 }), resumed, resumed)).toBeNull();
  });

  it('counts whole days late from the calendar due date', () => {
    expect(daysLate('2027-04-30', new Date('2027-05-03T23:59:00Z'))).toBe(3);
    expect(daysLate('2027-04-30', new Date('2027-04-30T12:00:00Z'))).toBe(0);
    expect(daysLate('2027-04-30', new Date('2027-04-01T00:00:00Z'))).toBe(0);
  });
});

describe('grant commands by status', () => {
  it('allows each command only where DESIGN says', () => {
    expect(grantCommandAllowed('suspend', 'active')).toBe(true);
    expect(grantCommandAllowed('suspend', 'closed')).toBe(false);
    expect(grantCommandAllowed('resume', 'active')).toBe(false);
    expect(grantCommandAllowed('terminate', 'awaiting_agreement')).toBe(true);
    expect(grantCommandAllowed('terminate', 'closing')).toBe(false);
    expect(grantCommandAllowed('close', 'closing')).toBe(true);
    expect(grantCommandAllowed('submitReport', 'suspended')).toBe(true);
    expect(grantCommandAllowed('submitReport', 'terminated')).toBe(false);
  });
});

describe('grant guards', () => {
  it('refuse a command in the wrong grant status with INVALID_STATE and the status', () => {
    expect(grantCommandRefusal('signAgreement', 'awaiting_agreement')).toBeNull();
    expect(grantCommandRefusal('signAgreement', 'terminated')).toMatchObject({
      code: 'INVALID_STATE',
      params: { status: 'terminated' },
    });
    expect(grantCommandRefusal('moveMoney', 'suspended')).toMatchObject({
      code: 'INVALID_STATE',
      params: { status: 'suspended' },
    });
    expect(grantCommandRefusal('enterCloseout', 'active')).toBeNull();
  });

  it('refuse a termination while a payment is in flight', () => {
    expect(terminationRefusal([{ status: 'disbursed' }, { status: 'disbursing' }])).toMatchObject({
      code: 'PAYMENT_IN_FLIGHT',
    });
    expect(terminationRefusal([{ status: 'disbursed' }, { status: 'failed' }])).toBeNull();
  });

  it('open closeout once the final report is accepted and every tranche settled', () => {
    const reports = [
      { kind: 'progress', status: 'accepted' },
      { kind: 'final', status: 'accepted' },
    ];
    expect(readyForCloseout(reports, [{ status: 'disbursed' }, { status: 'cancelled' }])).toBe(true);
    expect(readyForCloseout(reports, [{ status: 'disbursed' }, { status: 'failed' }])).toBe(false);
    expect(readyForCloseout([{ kind: 'final', status: 'submitted' }], [{ status: 'disbursed' }])).toBe(false);
  });

  it('let a report be submitted when it may be, and reviewed once submitted', () => {
    expect(
      ['scheduled', 'due', 'overdue', 'changes_requested'].every((s) => reportChangeRefusal('submit', s) === null),
    ).toBe(true);
    expect(reportChangeRefusal('submit', 'accepted')).toMatchObject({
      code: 'INVALID_REPORT_STATE',
      params: { status: 'accepted' },
    });
    expect(reportChangeRefusal('review', 'submitted')).toBeNull();
    expect(reportChangeRefusal('review', 'due')).toMatchObject({
      code: 'INVALID_REPORT_STATE',
      params: { status: 'due' },
    });
  });

  it('apply a report timer only if nothing overtook it', () => {
    const now = Date.parse('2027-05-01T00:00:00Z');
    const r = (status: string, resubmitBy: string | null = null) => ({
      status,
      resubmitBy: resubmitBy ? new Date(resubmitBy) : null,
    });
    expect(reportEventApplies('due', r('scheduled'), false, now)).toBe(true);
    expect(reportEventApplies('due', r('submitted'), false, now)).toBe(false);
    expect(reportEventApplies('overdue', r('due'), false, now)).toBe(true);
    expect(reportEventApplies('overdue', r('changes_requested', '2027-04-30T00:00:00Z'), false, now)).toBe(true);
    expect(reportEventApplies('overdue', r('changes_requested', '2027-05-02T00:00:00Z'), false, now)).toBe(false);
    expect(reportEventApplies('at_risk', r('overdue'), false, now)).toBe(true);
    expect(reportEventApplies('at_risk', r('overdue'), true, now)).toBe(false);
  });
});
