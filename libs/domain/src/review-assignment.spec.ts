import {
  ASSIGNMENT_STATUSES,
  assignmentChangeAllowed,
  assignmentChangeRefusal,
  assignmentTarget,
  isOpenAssignment,
} from './review-assignment';

describe('review assignment changes', () => {
  const from = (change: Parameters<typeof assignmentChangeAllowed>[0]) =>
    ASSIGNMENT_STATUSES.filter((s) => assignmentChangeAllowed(change, s));

  it('start only where the review process allows', () => {
    expect(from('accept')).toEqual(['pending']);
    expect(from('decline')).toEqual(['pending', 'accepted']);
    expect(from('submitReview')).toEqual(['accepted']);
    expect(from('lapse')).toEqual(['pending', 'accepted']);
    expect(from('cancel')).toEqual(['pending', 'accepted']);
    expect(ASSIGNMENT_STATUSES.filter(isOpenAssignment)).toEqual(['pending', 'accepted']);
    expect(assignmentTarget('submitReview')).toBe('submitted');
  });

  it('tell a reviewer what went wrong', () => {
    expect(assignmentChangeRefusal('submitReview', 'submitted')).toMatchObject({ code: 'ALREADY_REVIEWED' });
    expect(assignmentChangeRefusal('submitReview', 'pending')).toMatchObject({ code: 'ASSIGNMENT_NOT_ACCEPTED' });
    expect(assignmentChangeRefusal('submitReview', 'lapsed')).toMatchObject({
      code: 'INVALID_STATE',
      params: { status: 'lapsed' },
    });
    expect(assignmentChangeRefusal('accept', 'accepted')).toMatchObject({
      code: 'INVALID_STATE',
      params: { status: 'accepted' },
    });
    expect(assignmentChangeRefusal('decline', 'accepted')).toBeNull();
  });
});
