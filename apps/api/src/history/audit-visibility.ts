import { Role } from '@csf/domain';
import type { AuditEventDto } from './history.dto';

/**
 * What an applicant may read of its proposal's audit trail. Review is anonymous toward applicants: who was asked,
 * who declined (and why), who scored what and recommended what stays with staff. An allow-list, so an event
 * added later is hidden until someone decides it is fit for applicants. The value lists the data keys shown.
 */
const APPLICANT_PROPOSAL_EVENTS: Readonly<Record<string, readonly string[]>> = {
  'proposal.created': [],
  'proposal.updated': ['fields'],
  'proposal.submitted': ['submissionNumber', 'requestedAmount'],
  'proposal.screening_started': [],
  'proposal.screened': ['eligible'],
  // The committee's outcome and its feedback; the aggregate score is on the proposal itself.
  'proposal.review_completed': [],
  'proposal.approved': ['amount', 'currency', 'grantId', 'conditions'],
  'proposal.rejected': [],
  'proposal.revision_requested': [],
  'proposal.expired': [],
  'proposal.withdrawn': [],
};

export const APPLICANT_VISIBLE_PROPOSAL_ACTIONS = Object.keys(APPLICANT_PROPOSAL_EVENTS);

/**
 * An event as a non-staff reader sees it: people of the applicant's own organisation keep their id; staff and
 * committee members act as their role only. Request ids are internal.
 */
export function forApplicant(event: AuditEventDto, entityType: string): AuditEventDto {
  const ownPeople = event.actorRole === Role.APPLICANT;
  const keys = entityType === 'proposal' ? APPLICANT_PROPOSAL_EVENTS[event.action] : undefined;
  const data = entityType !== 'proposal' ? event.data : keys?.length && event.data ? pick(event.data, keys) : null;
  return {
    ...event,
    actorId: ownPeople ? event.actorId : null,
    requestId: ownPeople ? event.requestId : null,
    data,
  };
}

function pick(data: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> | null {
  const out = Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]]));
  return Object.keys(out).length ? out : null;
}
