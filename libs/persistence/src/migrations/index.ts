import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { ReviewAndDecision1764100000000 } from './1764100000000-review-and-decision';
import { GrantAgreementAndPayments1764200000000 } from './1764200000000-grant-agreement-and-payments';
import { ReportsMilestonesCloseout1764300000000 } from './1764300000000-reports-milestones-closeout';
import { PortfolioReadModel1764400000000 } from './1764400000000-portfolio-read-model';
import { ReportResubmissionDeadline1764500000000 } from './1764500000000-report-resubmission-deadline';
import { PaymentOutcomes1764600000000 } from './1764600000000-payment-outcomes';
import { PayoutAccountEncryption1764610000000 } from './1764610000000-payout-account-encryption';
import { DraftWithoutTitle1764620000000 } from './1764620000000-draft-without-title';
import { IdempotencyLeasesAndAttemptCounters1764630000000 } from './1764630000000-idempotency-leases-and-attempt-counters';
import { GrantsNeedingAttention1764650000000 } from './1764650000000-grants-needing-attention';
import { StaffAccounts1764700000000 } from './1764700000000-staff-accounts';
import { SelfRegistrationAndOrganizationVerification1764710000000 } from './1764710000000-self-registration-and-organization-verification';
import { RoundDescription1764720000000 } from './1764720000000-round-description';
import { AuditSearchIndexes1764730000000 } from './1764730000000-audit-search-indexes';
import { RoundEarlyClosure1764740000000 } from './1764740000000-round-early-closure';
import { ProposalCounterShards1764770000000 } from './1764770000000-proposal-counter-shards';
import { TerminatedGrantsNotAtRisk1764780000000 } from './1764780000000-terminated-grants-not-at-risk';

/** Every migration in order. Add new ones at the end; never edit one that has shipped. */
export const MIGRATIONS = [
  InitialSchema1764000000000,
  ReviewAndDecision1764100000000,
  GrantAgreementAndPayments1764200000000,
  ReportsMilestonesCloseout1764300000000,
  PortfolioReadModel1764400000000,
  ReportResubmissionDeadline1764500000000,
  PaymentOutcomes1764600000000,
  PayoutAccountEncryption1764610000000,
  DraftWithoutTitle1764620000000,
  IdempotencyLeasesAndAttemptCounters1764630000000,
  GrantsNeedingAttention1764650000000,
  StaffAccounts1764700000000,
  SelfRegistrationAndOrganizationVerification1764710000000,
  RoundDescription1764720000000,
  AuditSearchIndexes1764730000000,
  RoundEarlyClosure1764740000000,
  ProposalCounterShards1764770000000,
  TerminatedGrantsNotAtRisk1764780000000,
];
