import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsOptional, ValidateNested } from 'class-validator';
import { GRANT_STATUSES, MILESTONE_UPDATES, REPORT_STATUSES } from '@csf/domain';
import { PageQuery } from '../common/pagination';
import { IsCount, IsMoney, IsOneOf, IsPhone, IsSlug, IsText, IsTimestamp, IsUuidField } from '../common/validators';
import { BeneficiariesDto } from '../proposals/proposal.dto';

export const PAYOUT_METHODS = ['mobile_money', 'bank_transfer'] as const;

/** Either mobile money (provider + E.164 number) or a bank transfer; the service checks the fields per method. */
export class PayoutAccountDto {
  @IsOneOf(PAYOUT_METHODS) method: (typeof PAYOUT_METHODS)[number];
  @IsSlug({ required: false, example: 'orange_money' }) provider?: string;
  @IsPhone({ required: false }) msisdn?: string;
  @IsText({ max: 200, required: false, example: 'Banque Islamique de Guinée' }) bankName?: string;
  @IsText({ max: 64, required: false }) accountNumber?: string;
  @IsText({ max: 200, required: false }) accountName?: string;
}

export class SignAgreementDto {
  @ApiProperty({ type: PayoutAccountDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => PayoutAccountDto)
  payoutAccount: PayoutAccountDto;
}

/** A command that takes no fields: `{}` (or no body); any field is refused as unknown. */
export class EmptyCommandDto {
  static readonly noFields = true;
}

export class ConfirmPaymentDto {
  @IsText({
    max: 100,
    example: 'OM-2027-0001',
    description: 'The bank or mobile-money reference: one payment per reference (409 PAYMENT_REFERENCE_DUPLICATE).',
  })
  reference: string;
  @IsTimestamp({ example: '2027-02-15T10:00:00Z' }) paidAt: string;
  @IsMoney({
    description: 'What was paid, in minor units: exactly the tranche amount (else 422 PAYMENT_AMOUNT_MISMATCH).',
  })
  amount: number;
}

export const PAYMENT_OUTCOMES = ['paid', 'failed'] as const;

/**
 * The outcome of a stuck payment, as the provider confirmed it out of band: `paid` with the provider's reference,
 * the amount and the time, or `failed` with the provider's reason. `note` says how it was checked (audited).
 */
export class ResolvePaymentDto {
  @IsOneOf(PAYMENT_OUTCOMES) outcome: (typeof PAYMENT_OUTCOMES)[number];
  @IsText({
    max: 100,
    required: false,
    example: 'tr_8842',
    description: "outcome=paid: the provider's transfer reference.",
  })
  reference?: string;
  @IsMoney({ required: false, description: 'outcome=paid: what was paid, exactly the tranche amount.' })
  amount?: number;
  @IsTimestamp({ required: false, example: '2027-02-15T10:00:00Z' }) paidAt?: string;
  @IsText({
    max: 500,
    required: false,
    example: 'Numéro inactif',
    description: "outcome=failed: the provider's reason.",
  })
  reason?: string;
  @IsText({ max: 2000, example: 'Confirmé par le support Orange Money (ticket 4411).' }) note: string;
}

/** The tranche's latest payment attempt, for finance to follow one without outcome. */
export class TranchePaymentDto {
  @ApiProperty() attempt: number;
  @ApiProperty({ enum: ['manual', 'http'] }) gateway: string;
  @ApiProperty({ enum: ['ordered', 'submitted', 'paid', 'failed'] }) status: string;
  @ApiProperty({ nullable: true, type: String }) reference: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: "The provider's last answer that did not settle the outcome (409, 404, timeout …).",
  })
  lastAnswer: string | null;
  @ApiProperty({ nullable: true, type: String }) lastCheckedAt: string | null;
  @ApiProperty({ description: 'How many times the provider was asked.' }) checks: number;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Set once finance was alerted: a finance approver may then record the outcome (resolve-payment).',
  })
  stuckSince: string | null;
}

export class TrancheDto {
  @ApiProperty() number: number;
  @ApiProperty() percentage: number;
  @ApiProperty() amount: number;
  @ApiProperty() status: string;
  @ApiPropertyOptional({ nullable: true, type: String }) requestedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) requestedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) approvedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) approvedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) disbursedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) failureReason: string | null;
  @ApiPropertyOptional({ nullable: true, type: TranchePaymentDto }) payment?: TranchePaymentDto | null;
}

export class ReportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() sequence: number;
  @ApiProperty({ enum: ['progress', 'final'] }) kind: string;
  @ApiProperty({ nullable: true, type: Number, description: 'The tranche this report releases once accepted.' })
  gatesTranche: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) dueDate: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Exact due time (the schedule runs from the signature).' })
  dueAt: string | null;
  @ApiProperty({ enum: REPORT_STATUSES }) status: string;
}

export class ReportIndicatorValueDto {
  @IsSlug({ example: 'people_reached' }) key: string;
  @IsCount({ example: 300 }) value: number;
}

export class ReportExpenditureDto {
  @IsSlug({ example: 'equipment' }) category: string;
  @IsMoney({ description: 'Spent to date in this category, in minor units.' }) amount: number;
}

export class ReportMilestoneUpdateDto {
  @IsUuidField({ description: 'A milestone of the proposal.' }) id: string;
  @IsOneOf(MILESTONE_UPDATES) status: (typeof MILESTONE_UPDATES)[number];
}

export class ReportAttachmentDto {
  @IsText({ max: 200, example: 'photos-lampadaires.zip' }) name: string;
  @IsText({
    max: 500,
    example: 'drive://csf/2027/rapport-1/photos.zip',
    description: 'Where the file is kept (a reference, not the file).',
  })
  reference: string;
}

/**
 * A progress or final report. Figures are cumulative to date: people reached so far, indicator values so far,
 * spending so far per budget category (never more than what has been disbursed).
 */
export class SubmitReportDto {
  @IsText({ max: 20_000, example: '20 lampadaires posés dans le quartier.' }) narrative: string;

  @ApiProperty({ type: BeneficiariesDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => BeneficiariesDto)
  beneficiaries: BeneficiariesDto;

  @ApiProperty({ type: [ReportIndicatorValueDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ReportIndicatorValueDto)
  indicators: ReportIndicatorValueDto[];

  @ApiProperty({ type: [ReportExpenditureDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ReportExpenditureDto)
  expenditures: ReportExpenditureDto[];

  @ApiPropertyOptional({
    type: [ReportMilestoneUpdateDto],
    description: 'Omitted: no milestone changed in this period.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ReportMilestoneUpdateDto)
  milestones?: ReportMilestoneUpdateDto[];

  @ApiPropertyOptional({ type: [ReportAttachmentDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ReportAttachmentDto)
  attachments?: ReportAttachmentDto[];
}

export class RequestChangesDto {
  @IsText({ max: 5000, example: 'Joindre les factures des lampadaires.' }) comment: string;
}

export class StatusReasonDto {
  @IsText({ max: 2000, example: 'Rapport 1 en retard de 45 jours.' }) reason: string;
}

export class CloseGrantDto {
  @IsMoney({
    description: 'Unspent money the grantee returned, in minor units (0 if none); at most what was disbursed.',
  })
  unspentAmount: number;
  @IsText({ max: 100, required: false, example: 'OM-2028-0042' }) reference?: string;
  @IsText({ max: 2000, required: false }) note?: string;
}

export class ReportDetailDto extends ReportDto {
  @ApiProperty({ nullable: true, type: String }) periodStart: string | null;
  @ApiProperty() submissionCount: number;
  @ApiProperty({ nullable: true, type: String }) submittedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) submittedBy: string | null;
  @ApiProperty({ nullable: true, type: String }) narrative: string | null;
  @ApiProperty({ nullable: true, type: BeneficiariesDto }) beneficiaries: BeneficiariesDto | null;
  @ApiProperty({ type: [ReportIndicatorValueDto] }) indicators: ReportIndicatorValueDto[];
  @ApiProperty({ type: [ReportExpenditureDto] }) expenditures: ReportExpenditureDto[];
  @ApiProperty() expenditureTotal: number;
  @ApiProperty({ type: [ReportMilestoneUpdateDto] }) milestones: ReportMilestoneUpdateDto[];
  @ApiProperty({ type: [ReportAttachmentDto] }) attachments: ReportAttachmentDto[];
  @ApiProperty({ nullable: true, type: String }) reviewedBy: string | null;
  @ApiProperty({ nullable: true, type: String }) reviewedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) reviewComment: string | null;
  @ApiProperty({ nullable: true, type: String }) overdueSince: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Set when changes are requested: resubmit before this instant or the report is overdue again.',
  })
  resubmitBy: string | null;
  @ApiProperty({ description: 'Whole days past the due date while not submitted (0 otherwise).' }) daysLate: number;
}

export class GrantMilestoneDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) dueDate: string;
  @ApiProperty() deliverable: string;
  @ApiProperty({ enum: ['pending', 'achieved', 'delayed', 'missed'] }) status: string;
  @ApiProperty({ description: 'Past its due date and not achieved.' }) late: boolean;
  @ApiProperty() daysLate: number;
  @ApiProperty({ nullable: true, type: String }) statusChangedAt: string | null;
}

/** What anyone who may read the grant sees of its payout account. */
export class PayoutSummaryDto {
  @ApiProperty({ enum: PAYOUT_METHODS }) method: string;
  @ApiProperty({ example: 'orange_money', description: 'Mobile-money provider, or the bank.' }) provider: string;
  @ApiProperty({ example: '***567', description: 'The phone or account number, last 3 digits only.' })
  accountMasked: string;
}

/** The payee in full: mobile-money fields or bank fields, the others null. */
export class PayeeDto {
  @ApiProperty({ enum: PAYOUT_METHODS }) method: string;
  @ApiProperty({ nullable: true, type: String, example: 'orange_money' }) provider: string | null;
  @ApiProperty({ nullable: true, type: String, example: '+224620000567' }) msisdn: string | null;
  @ApiProperty({ nullable: true, type: String }) bankName: string | null;
  @ApiProperty({ nullable: true, type: String }) accountNumber: string | null;
  @ApiProperty({ nullable: true, type: String }) accountName: string | null;
}

export class PaymentOrderPaymentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() status: string;
  @ApiProperty({ enum: ['manual', 'http'] }) gateway: string;
  @ApiProperty({ nullable: true, type: String, description: 'Reference given by the provider or recorded by finance.' })
  providerReference: string | null;
  @ApiProperty({ nullable: true, type: String }) paidAt: string | null;
}

/** The order finance executes (or checks) for one tranche: whom to pay, how much, which reference to quote. */
export class PaymentOrderDto {
  @ApiProperty({ format: 'uuid' }) grantId: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() trancheNumber: number;
  @ApiProperty({ description: 'In minor units.' }) amount: number;
  @ApiProperty() currency: string;
  @ApiProperty({ type: PayeeDto }) payee: PayeeDto;
  @ApiProperty({
    example: 'CSF-1A2B3C4D-T1-A1',
    description: 'Quote it on the transfer: the same for the same grant, tranche and attempt.',
  })
  reference: string;
  @ApiProperty({ description: 'The payment attempt this order is for (the next one if none is live).' })
  attempt: number;
  @ApiProperty() trancheStatus: string;
  @ApiProperty({
    nullable: true,
    type: PaymentOrderPaymentDto,
    description: "The attempt's payment, once the release is approved.",
  })
  payment: PaymentOrderPaymentDto | null;
}

export class GrantDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ enum: GRANT_STATUSES }) status: string;
  @ApiProperty() amount: number;
  @ApiProperty() disbursedAmount: number;
  @ApiProperty() currency: string;
  @ApiProperty({ nullable: true, type: String }) conditions: string | null;
  @ApiProperty({ nullable: true, type: String }) agreementDeadline: string | null;
  @ApiProperty({ nullable: true, type: String }) agreementSignedAt: string | null;
  @ApiProperty({ nullable: true, type: String, enum: PAYOUT_METHODS }) payoutMethod: string | null;
  @ApiProperty({
    nullable: true,
    type: () => PayoutSummaryDto,
    description: "Masked for every role; finance reads it in full on a tranche's payment order.",
  })
  payout: PayoutSummaryDto | null;
  @ApiProperty() workflowId: string;
  @ApiProperty({ type: [TrancheDto] }) tranches: TrancheDto[];
  @ApiProperty({ type: [ReportDto] }) reports: ReportDto[];
  @ApiProperty() atRisk: boolean;
  @ApiProperty({ nullable: true, type: String }) atRiskReason: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Set while an operation of the grant keeps failing (programme managers are alerted).',
  })
  stalledSince: string | null;
  @ApiProperty({ nullable: true, type: String }) stalledReason: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Reason of the last suspension, resumption or termination.',
  })
  statusReason: string | null;
  @ApiProperty({ description: 'Reservation returned to the envelope by a termination.' }) releasedAmount: number;
  @ApiProperty({ description: 'Unspent money returned by the grantee at closeout.' }) unspentReturnedAmount: number;
  @ApiProperty({ nullable: true, type: String }) closedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) terminatedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class GrantSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ enum: GRANT_STATUSES }) status: string;
  @ApiProperty() amount: number;
  @ApiProperty() disbursedAmount: number;
  @ApiProperty() currency: string;
  @ApiProperty() atRisk: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class GrantPageDto {
  @ApiProperty({ type: [GrantSummaryDto] }) items: GrantSummaryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class ListGrantsQuery extends PageQuery {
  @IsOneOf(GRANT_STATUSES, { required: false }) status?: string;
  @IsUuidField({ required: false }) roundId?: string;
  @IsUuidField({ required: false }) organizationId?: string;
  @IsOneOf(['true', 'false'], { required: false, description: 'true: only grants flagged at risk.' }) atRisk?: string;
}
