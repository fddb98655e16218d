import { DEFAULT_ROUND_DURATIONS, Role, RoundDurations } from '@csf/domain';
import { TestApp } from './app';
import { eventually } from './eventually';
import { proposalBody } from './factory';

export interface Reviewer {
  id: string;
  token: string;
}

/** Drives proposals through the review workflow over HTTP, as the people involved would. */
export class ReviewFlow {
  constructor(
    readonly app: TestApp,
    readonly roundId: string,
    readonly reviewers: Reviewer[],
    readonly pm: string,
    readonly chair: string,
  ) {}

  static async create(
    app: TestApp,
    options: { durations?: Partial<RoundDurations>; panelSize?: number; envelope?: number } = {},
  ) {
    const reviewers: Reviewer[] = [];
    for (let i = 0; i < (options.panelSize ?? 4); i++) {
      const { user, token } = await app.actor([Role.REVIEWER]);
      reviewers.push({ id: user.id, token });
    }
    const round = await app.factory.newRound(
      {
        durations: { ...DEFAULT_ROUND_DURATIONS, ...options.durations },
        ...(options.envelope
          ? { budgetEnvelope: options.envelope, maxAward: Math.min(60_000_000, options.envelope) }
          : {}),
      },
      reviewers.map((r) => r.id),
    );
    const pm = (await app.actor([Role.PROGRAM_MANAGER])).token;
    const chair = (await app.actor([Role.COMMITTEE_CHAIR])).token;
    return new ReviewFlow(app, round.id, reviewers, pm, chair);
  }

  async applicant() {
    const org = await this.app.factory.newOrganization();
    const { user, token } = await this.app.actor([Role.APPLICANT], org.id);
    return { orgId: org.id, userId: user.id, token };
  }

  async submitted(overrides: Record<string, unknown> = {}) {
    const applicant = await this.applicant();
    const draft = await this.app.request('POST', '/proposals', {
      token: applicant.token,
      body: proposalBody(this.roundId, overrides),
    });
    const submit = await this.app.request('POST', `/proposals/${draft.body.id}/submit`, { token: applicant.token });
    if (submit.body.status !== 'screening') throw new Error(`submit: ${JSON.stringify(submit.body)}`);
    return { id: draft.body.id as string, applicant };
  }

  screen(id: string, eligible = true) {
    return this.app.request('POST', `/proposals/${id}/screening`, {
      token: this.pm,
      body: { eligible, reason: eligible ? 'Conforme' : 'Hors sujet' },
    });
  }

  get(id: string, token = this.pm) {
    return this.app.request('GET', `/proposals/${id}`, { token });
  }

  /** The open assignments of a proposal, per reviewer, once the workflow has made `count` of them. */
  async assignments(proposalId: string, count: number, statuses = ['pending']) {
    return eventually(async () => {
      const found: { reviewer: Reviewer; assignmentId: string; status: string }[] = [];
      for (const reviewer of this.reviewers) {
        const res = await this.app.request('GET', '/reviews/assignments', { token: reviewer.token });
        for (const a of res.body.items ?? []) {
          if (a.proposalId === proposalId && statuses.includes(a.status))
            found.push({ reviewer, assignmentId: a.id, status: a.status });
        }
      }
      return found.length >= count ? found : undefined;
    });
  }

  accept(reviewer: Reviewer, assignmentId: string) {
    return this.app.request('POST', `/reviews/assignments/${assignmentId}/accept`, {
      token: reviewer.token,
      body: { conflictOfInterest: false },
    });
  }

  review(reviewer: Reviewer, assignmentId: string, scores = [4, 4, 3], recommendation = 'approve') {
    const keys = ['relevance', 'feasibility', 'inclusion'];
    return this.app.request('POST', `/reviews/assignments/${assignmentId}/submit`, {
      token: reviewer.token,
      body: {
        scores: keys.map((criterion, i) => ({ criterion, score: scores[i] })),
        comment: 'Projet solide.',
        recommendation,
      },
    });
  }

  /**
   * Screened in, three reviews accepted and submitted: the proposal awaits the committee. `scores` per review
   * (default 4/4/3 each: 75 %, above the example round's 60 % threshold).
   */
  async awaitingDecision(overrides: Record<string, unknown> = {}, scores?: number[][]) {
    const p = await this.submitted(overrides);
    await this.screen(p.id);
    const assigned = await this.assignments(p.id, 3);
    for (const [i, a] of assigned.entries()) {
      succeeded('accept', await this.accept(a.reviewer, a.assignmentId));
      succeeded('review', await this.review(a.reviewer, a.assignmentId, scores?.[i]));
    }
    // Generous: tests drive a dozen of these at once while another test file shares the two cores.
    await eventually(async () => (await this.get(p.id)).body.status === 'awaiting_decision', 60_000);
    return p;
  }

  /** An approved grant awaiting its agreement, its applicant, and a finance maker and checker. */
  async approvedGrant(amount = 40_000_000, proposal: Record<string, unknown> = {}) {
    const { id, applicant } = await this.awaitingDecision(proposal);
    const decided = await this.decide(id, { outcome: 'approve', amount });
    if (decided.status !== 200) throw new Error(`approval: ${decided.status} ${JSON.stringify(decided.body)}`);
    const officer = await this.app.actor([Role.FINANCE_OFFICER]);
    const approver = await this.app.actor([Role.FINANCE_APPROVER]);
    return { grantId: decided.body.grantId as string, applicant, officer, approver, proposalId: id };
  }

  decide(id: string, body: Record<string, unknown>, token = this.chair) {
    return this.app.request('POST', `/proposals/${id}/decision`, { token, body });
  }

  async notifications(token: string) {
    return (await this.app.request('GET', '/notifications?limit=100', { token })).body.items as {
      kind: string;
      subject: string;
      language: string;
    }[];
  }
}

/** A refused step would otherwise surface only as a status that never arrives, a minute later. */
function succeeded(step: string, res: { status: number; body: unknown }): void {
  if (res.status !== 200) throw new Error(`${step}: ${res.status} ${JSON.stringify(res.body)}`);
}
