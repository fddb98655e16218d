import type { ProposalStatus } from '../../../libs/domain/src/proposal-status';
import { type AssignmentStatus, isOpenAssignment } from '../../../libs/domain/src/review-assignment';
import type {
  PendingItem,
  ProposalContext,
  ProposalWorkflowInput,
  ProposalWorkflowState,
} from '../../../libs/temporal/src/contracts/proposal';
import { CommandGate } from '../commands';

/** One reviewer's assignment as the workflow times it (the database holds the record). */
export interface AssignmentState {
  assignmentId: string;
  reviewerId: string;
  status: AssignmentStatus;
  deadlineAt: number;
  reminderAt: number | null;
  reminded: boolean;
}

/** Everything a proposal's run knows; commands, stages and the query read and change it. */
export class ProposalState {
  // Widened on purpose: Update handlers change it, which control-flow narrowing cannot see.
  status = 'draft' as ProposalStatus;
  submissionNumber = 0;
  /** The first submission was refused: this run simply ends (a corrected submission starts a fresh one). */
  submissionRefused = false;
  /** Round and proposal data, loaded once per submission cycle. */
  context: ProposalContext | undefined;
  stage: { name: string; deadlineAt: number | null } = { name: 'draft', deadlineAt: null };
  readonly assignments = new Map<string, AssignmentState>();
  /**
   * True while `assignReviewers` runs: its rows are committed (a reviewer can already see and open them) before
   * the workflow has read its answer and knows the assignments.
   */
  assigning = false;
  /** Bumped by every reviewer response, so the review loop wakes up and re-plans. */
  reviewEvents = 0;
  /** Bumped when the round's panel changes, so a proposal short of reviewers tries again. */
  panelVersion = 0;
  grantId: string | null = null;
  readonly gate = new CommandGate();

  constructor(
    readonly input: ProposalWorkflowInput,
    readonly workflowId: string,
  ) {}

  get proposalId(): string {
    return this.input.proposalId;
  }

  openAssignments(): AssignmentState[] {
    return [...this.assignments.values()].filter((a) => isOpenAssignment(a.status));
  }
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Who must act now, and by when. */
function pending(s: ProposalState): PendingItem[] {
  const deadline = iso(s.stage.deadlineAt);
  switch (s.status) {
    case 'screening':
      return [{ kind: 'screening', role: 'program_manager', deadline }];
    case 'in_review':
      return s.openAssignments().map((a) => ({
        kind: 'review',
        role: 'reviewer',
        userId: a.reviewerId,
        assignmentId: a.assignmentId,
        status: a.status,
        deadline: new Date(a.deadlineAt).toISOString(),
      }));
    case 'awaiting_decision':
      return [{ kind: 'decision', role: 'committee_chair', deadline }];
    case 'revision_requested':
      return [{ kind: 'revision', role: 'applicant', deadline }];
    default:
      return [];
  }
}

/** The live view the API reads through the `proposalState` query. */
export function stateView(s: ProposalState): ProposalWorkflowState {
  return {
    proposalId: s.proposalId,
    status: s.status,
    stage: s.status === 'screening' ? 'awaiting_screening' : s.status,
    stageDeadline: iso(s.stage.deadlineAt),
    submissionNumber: s.submissionNumber,
    pending: pending(s),
    grantId: s.grantId,
  };
}
