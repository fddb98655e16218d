import { awardRefusal, decisionRefusal } from './award';
import {
  EDITABLE_STATUSES,
  PROPOSAL_STATUSES,
  proposalCommandAllowed,
  proposalCommandRefusal,
  type ProposalStatus,
} from './proposal-status';

const allowedIn = (command: Parameters<typeof proposalCommandAllowed>[0]) =>
  PROPOSAL_STATUSES.filter((s) => proposalCommandAllowed(command, s));

describe('proposal commands from the transitions table', () => {
  it('allows each command exactly where the table leads to its target', () => {
    expect(allowedIn('submit')).toEqual(['draft', 'revision_requested']);
    expect(allowedIn('withdraw')).toEqual([
      'draft',
      'submitted',
      'screening',
      'in_review',
      'awaiting_decision',
      'revision_requested',
    ]);
    expect(allowedIn('screen')).toEqual(['screening']);
    expect(allowedIn('review')).toEqual(['in_review']);
    expect(allowedIn('completeReview')).toEqual(['in_review']);
    expect(allowedIn('decide')).toEqual(['awaiting_decision']);
    expect(allowedIn('expire')).toEqual(['revision_requested']);
    expect(EDITABLE_STATUSES).toEqual(['draft', 'revision_requested']);
  });

  it('refuses with INVALID_STATE and the status, and a decision before the reviews are in with QUORUM_NOT_REACHED', () => {
    expect(proposalCommandRefusal('withdraw', 'approved')).toMatchObject({
      code: 'INVALID_STATE',
      errors: [],
      params: { status: 'approved' },
    });
    expect(proposalCommandRefusal('decide', 'in_review')).toMatchObject({ code: 'QUORUM_NOT_REACHED' });
    expect(proposalCommandRefusal('decide', 'screening')).toMatchObject({
      code: 'INVALID_STATE',
      params: { status: 'screening' },
    });
    for (const terminal of ['approved', 'rejected', 'ineligible', 'withdrawn', 'expired'] as ProposalStatus[]) {
      expect(
        (['submit', 'withdraw', 'screen', 'review', 'decide', 'expire'] as const).every(
          (c) => proposalCommandRefusal(c, terminal) !== null,
        ),
      ).toBe(true);
    }
  });
});

describe('the award', () => {
  it('is a whole positive amount up to the request', () => {
    expect(awardRefusal(45_000_000, 45_000_000)).toBeNull();
    expect(awardRefusal(1, 45_000_000)).toBeNull();
    expect(awardRefusal(45_000_001, 45_000_000)).toEqual({
      code: 'AMOUNT_ABOVE_REQUEST',
      errors: [{ field: 'amount', code: 'TOO_LARGE', params: { max: 45_000_000 } }],
      params: { requested: 45_000_000 },
      message: 'amount above the request',
    });
  });

  it('reports an amount that is not positive as invalid input, never as above the request', () => {
    for (const amount of [0, -5]) {
      expect(awardRefusal(amount, 45_000_000)).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'amount', code: 'TOO_SMALL', params: { min: 1 } }],
      });
    }
    expect(awardRefusal(1.5, 45_000_000)).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'amount', code: 'INVALID' }],
    });
    expect(awardRefusal(undefined, 45_000_000)).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'amount', code: 'REQUIRED' }],
    });
    // The request unknown to the caller: only the amount itself is checked.
    expect(awardRefusal(99_000_000, null)).toBeNull();
  });

  it('a rejection or revision needs a reason', () => {
    expect(decisionRefusal({ outcome: 'reject', reason: '  ' }, null)).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'reason', code: 'REQUIRED' }],
    });
    expect(decisionRefusal({ outcome: 'revise', reason: 'Budget à revoir' }, null)).toBeNull();
    expect(decisionRefusal({ outcome: 'approve', amount: 0 }, 10)).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
