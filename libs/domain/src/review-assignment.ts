import { ErrorCode, type RuleViolation } from './errors';

/** A panel member's assignment to one proposal in one review cycle (DESIGN §2, review). */
export const ASSIGNMENT_STATUSES = ['pending', 'accepted', 'declined', 'lapsed', 'submitted', 'cancelled'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** Still expected to produce a review: it holds a slot on the panel and counts in the reviewer's load. */
export const OPEN_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = ['pending', 'accepted'];

export function isOpenAssignment(status: string): boolean {
  return (OPEN_ASSIGNMENT_STATUSES as readonly string[]).includes(status);
}

/**
 * Each change of an assignment, from the statuses it may start in to the one it leaves: a reviewer accepts a
 * pending one, declines (a conflict of interest) one not yet reviewed, submits the review of an accepted one; the
 * deadline lapses an open one, a withdrawal cancels it.
 */
const CHANGES = {
  accept: { from: ['pending'], to: 'accepted' },
  decline: { from: OPEN_ASSIGNMENT_STATUSES, to: 'declined' },
  submitReview: { from: ['accepted'], to: 'submitted' },
  lapse: { from: OPEN_ASSIGNMENT_STATUSES, to: 'lapsed' },
  cancel: { from: OPEN_ASSIGNMENT_STATUSES, to: 'cancelled' },
} as const satisfies Record<string, { from: readonly AssignmentStatus[]; to: AssignmentStatus }>;
export type AssignmentChange = keyof typeof CHANGES;

export function assignmentTarget(change: AssignmentChange): AssignmentStatus {
  return CHANGES[change].to;
}

export function assignmentChangeAllowed(change: AssignmentChange, status: string): boolean {
  return (CHANGES[change].from as readonly string[]).includes(status);
}

/** Why `change` is refused for an assignment in `status`, or null; a reviewer is told what to do instead. */
export function assignmentChangeRefusal(change: AssignmentChange, status: string): RuleViolation | null {
  if (assignmentChangeAllowed(change, status)) return null;
  if (change === 'submitReview' && status === 'submitted') {
    return { code: ErrorCode.ALREADY_REVIEWED, errors: [], message: 'this review was already submitted' };
  }
  if (change === 'submitReview' && status === 'pending') {
    return { code: ErrorCode.ASSIGNMENT_NOT_ACCEPTED, errors: [], message: 'accept the review first' };
  }
  return { code: ErrorCode.INVALID_STATE, errors: [], params: { status }, message: `assignment is ${status}` };
}
