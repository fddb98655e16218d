import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '@csf/config';
import { exampleRound, Role } from '@csf/domain';
import {
  OrganizationEntity,
  PayoutVault,
  ProposalEntity,
  RoundEntity,
  RoundPanelMemberEntity,
  UserEntity,
} from '@csf/persistence';
import type { PayoutAccountInput } from '@csf/temporal';
import { hashPassword } from '../../apps/api/src/auth/auth.service';
import { ApprovalActivitiesService } from '../../apps/worker/src/activities/approval.activities';
import { GrantLifecycleActivitiesService } from '../../apps/worker/src/activities/grant-lifecycle.activities';
import { ProposalActivitiesService } from '../../apps/worker/src/activities/proposal.activities';
import { TranchePaymentActivitiesService } from '../../apps/worker/src/activities/tranche-payment.activities';
import { ReviewActivitiesService } from '../../apps/worker/src/activities/review.activities';
import { Outbox } from '../../apps/worker/src/notifications/outbox';
import { PaymentGateways } from '../../apps/worker/src/payments/payment-gateway';
import { TEST_PAYOUT_ENCRYPTION_KEYS } from './encryption';
import exampleProposal from '../fixtures/example-proposal.json';

export const PASSWORD = 'test-password';
let passwordHash: Promise<string> | undefined;
const unique = () => randomBytes(4).toString('hex');

/** The worker's configuration in tests: notifications on the dev channel, manual payments, the test keys. */
export function testWorkerConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return Object.assign(new AppConfig(), {
    NOTIFICATION_CHANNEL: 'dev',
    PAYMENT_GATEWAY: 'manual',
    PAYOUT_ENCRYPTION_KEYS: TEST_PAYOUT_ENCRYPTION_KEYS,
    ...overrides,
  });
}

/** The worker's activity services on a data source, built as the worker builds them (no Temporal around them). */
export function workerActivities(ds: DataSource, config: AppConfig = testWorkerConfig()) {
  const outbox = new Outbox(config);
  return {
    outbox,
    proposals: new ProposalActivitiesService(ds, outbox),
    reviews: new ReviewActivitiesService(ds, outbox),
    approvals: new ApprovalActivitiesService(ds, outbox),
    tranches: new TranchePaymentActivitiesService(
      ds,
      new PaymentGateways(config),
      config,
      new PayoutVault(config),
      outbox,
    ),
    lifecycle: new GrantLifecycleActivitiesService(ds, config, new PayoutVault(config), outbox),
  };
}

export const mobileMoney: PayoutAccountInput = {
  method: 'mobile_money',
  provider: 'orange_money',
  msisdn: '+224620000000',
};

export interface ProposalOptions {
  /** Requested amount (one budget line of that total); 45 000 000 GNF unless given. */
  amount?: number;
  round?: RoundEntity;
  /** An organisation and its applicant from an earlier proposal (a second proposal of the same group). */
  organization?: OrganizationEntity;
  applicant?: UserEntity;
  proposal?: Partial<ProposalEntity>;
}

/**
 * Builders for test data. Reference rows (organisations, users, rounds, a draft) are written straight to the
 * database; every later state (submitted, reviewed, approved, signed) is reached through the worker's own
 * activities, so a test's rows are the ones production would have, audit and notifications included.
 */
export function factory(ds: DataSource, activities = workerActivities(ds)) {
  const f = {
    async newOrganization(overrides: Partial<OrganizationEntity> = {}): Promise<OrganizationEntity> {
      return ds.manager.save(
        ds.manager.create(OrganizationEntity, {
          name: `Association ${unique()}`,
          type: 'womens_association',
          region: 'conakry',
          commune: 'matoto',
          phone: '+224620000000',
          email: null,
          registrationNumber: null,
          // Verified unless a test says otherwise: only verified organisations submit proposals.
          status: 'verified',
          ...overrides,
        }),
      );
    },

    /** Verified, with an email (the sign-in tests use it), unless overridden. */
    async newUser(roles: Role[], overrides: Partial<UserEntity> = {}): Promise<UserEntity & { email: string }> {
      passwordHash ??= hashPassword(PASSWORD);
      const user = await ds.manager.save(
        ds.manager.create(UserEntity, {
          email: `${roles[0]}-${unique()}@test.example`,
          displayName: `Test ${roles.join('+')}`,
          roles,
          organizationId: null,
          language: 'fr',
          active: true,
          passwordHash: await passwordHash,
          ...overrides,
        }),
      );
      return user as UserEntity & { email: string };
    },

    /** An open round (opened yesterday, closes in 90 days) with the DESIGN §5 rubric and plan. */
    async newRound(overrides: Partial<RoundEntity> = {}, panel: string[] = []): Promise<RoundEntity> {
      const now = Date.now();
      const round = await ds.manager.save(
        ds.manager.create(RoundEntity, {
          nameFr: `Appel ${unique()}`,
          nameEn: `Call ${unique()}`,
          ...exampleRound(now),
          createdBy: null,
          ...overrides,
        }),
      );
      if (panel.length) {
        await ds.manager.insert(
          RoundPanelMemberEntity,
          panel.map((reviewerId) => ({ roundId: round.id, reviewerId })),
        );
      }
      return round;
    },

    /** A draft by a verified organisation's applicant: one budget line of `amount`, one milestone, one indicator. */
    async newProposal(o: ProposalOptions = {}) {
      const amount = o.amount ?? 45_000_000;
      const organization = o.organization ?? (await f.newOrganization());
      const applicant = o.applicant ?? (await f.newUser([Role.APPLICANT], { organizationId: organization.id }));
      const round = o.round ?? (await f.newRound());
      const proposal = await ds.manager.save(
        ds.manager.create(ProposalEntity, {
          roundId: round.id,
          organizationId: organization.id,
          createdBy: applicant.id,
          status: 'draft',
          title: 'Éclairage public à Matoto',
          summary: 's',
          problemStatement: 'p',
          region: 'conakry',
          commune: 'matoto',
          beneficiariesTotal: 1200,
          beneficiariesWomen: 600,
          beneficiariesYouth: 400,
          startDate: '2027-02-01',
          endDate: '2027-12-31',
          requestedAmount: amount,
          currency: 'GNF',
          submissionCount: 0,
          ...o.proposal,
        }),
      );
      await ds.query(
        `INSERT INTO proposal_budget_lines (proposal_id, position, category, description, quantity, unit_cost, total) VALUES ($1, 0, 'equipment', 'lampadaires', 1, $2, $2)`,
        [proposal.id, amount],
      );
      await ds.query(
        `INSERT INTO proposal_milestones (proposal_id, position, title, due_date, deliverable) VALUES ($1, 0, 'pose', '2027-03-01', 'lampes posées')`,
        [proposal.id],
      );
      await ds.query(
        `INSERT INTO proposal_indicators (proposal_id, position, key, label, target) VALUES ($1, 0, 'people_reached', 'Personnes touchées', 1200)`,
        [proposal.id],
      );
      const workflowId = `proposal-${proposal.id}`;
      return {
        proposal,
        applicant,
        organization,
        round,
        workflowId,
        actor: { userId: applicant.id, role: Role.APPLICANT, requestId: null },
      };
    },

    /** Submitted through recordSubmission: in screening, with its audit events. */
    async newSubmittedProposal(o: ProposalOptions = {}) {
      const p = await f.newProposal(o);
      await activities.proposals.recordSubmission({
        proposalId: p.proposal.id,
        submissionNumber: 1,
        actor: p.actor,
        workflowId: p.workflowId,
      });
      return p;
    },

    /** Screened eligible and assigned to three reviewers of the round's panel, who have accepted (cycle 1). */
    async newProposalInReview(o: ProposalOptions = {}) {
      const reviewers = await Promise.all([0, 1, 2].map(() => f.newUser([Role.REVIEWER])));
      const round =
        o.round ??
        (await f.newRound(
          {},
          reviewers.map((r) => r.id),
        ));
      const p = await f.newSubmittedProposal({ ...o, round });
      const pm = await f.newUser([Role.PROGRAM_MANAGER]);
      await activities.proposals.recordScreening({
        proposalId: p.proposal.id,
        cycle: 1,
        eligible: true,
        reason: 'Éligible',
        actor: { userId: pm.id, role: Role.PROGRAM_MANAGER },
        workflowId: p.workflowId,
      });
      const { assigned } = await activities.reviews.assignReviewers({
        proposalId: p.proposal.id,
        cycle: 1,
        count: 3,
        reviewPeriodMs: 10 * 24 * 3600 * 1000,
        workflowId: p.workflowId,
      });
      for (const a of assigned) {
        await activities.reviews.recordAssignmentResponse({
          assignmentId: a.assignmentId,
          response: 'accept',
          actor: { userId: a.reviewerId, role: Role.REVIEWER },
          workflowId: p.workflowId,
        });
      }
      return { ...p, pm, reviewers, assignments: assigned };
    },

    /** Three reviews of 4/5 on every criterion (80 %, above the round's threshold), quorum recorded. */
    async newProposalAwaitingDecision(o: ProposalOptions = {}) {
      const p = await f.newProposalInReview(o);
      const scores = p.round.rubric.map((c) => ({ criterion: c.key, score: 4 }));
      for (const a of p.assignments) {
        await activities.reviews.recordReview({
          assignmentId: a.assignmentId,
          scores,
          comment: 'Solide.',
          recommendation: 'approve',
          actor: { userId: a.reviewerId, role: Role.REVIEWER },
          workflowId: p.workflowId,
        });
      }
      await activities.proposals.completeReview({ proposalId: p.proposal.id, cycle: 1, workflowId: p.workflowId });
      return p;
    },

    /**
     * A grant from an approval through approveProposal (envelope reserved, tranches 40/40/20, three reports);
     * `signed` signs its agreement through recordAgreement (tranche 1 eligible, reports scheduled).
     */
    async newGrant(o: ProposalOptions & { signed?: boolean } = {}) {
      const p = await f.newProposalAwaitingDecision(o);
      const chair = await f.newUser([Role.COMMITTEE_CHAIR]);
      const amount = o.amount ?? 45_000_000;
      const { grantId } = await activities.approvals.approveProposal({
        proposalId: p.proposal.id,
        cycle: 1,
        amount,
        conditions: null,
        actor: { userId: chair.id, role: Role.COMMITTEE_CHAIR },
        workflowId: p.workflowId,
      });
      const grantWorkflowId = `grant-${grantId}`;
      if (o.signed) {
        await activities.lifecycle.recordAgreement({
          grantId,
          payoutAccount: mobileMoney,
          actor: p.actor,
          workflowId: grantWorkflowId,
        });
      }
      return { ...p, chair, grantId, grantWorkflowId, amount };
    },
  };
  return f;
}

/** A complete, eligible proposal body (the DESIGN §5 example) for POST /proposals. */
export function proposalBody(roundId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { roundId, ...structuredClone(exampleProposal), ...overrides };
}
