import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { IsOneOf, IsPhone, IsSlug, IsText, IsTimestamp } from '../common/validators';

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
  @ValidateNested()
  @Type(() => PayoutAccountDto)
  payoutAccount: PayoutAccountDto;
}

/** A command that takes no fields: `{}` (or no body); any field is refused as unknown. */
export class EmptyCommandDto {
  static readonly noFields = true;
}

export class ConfirmPaymentDto {
  @IsText({ max: 100, example: 'OM-2027-0001' }) reference: string;
  @IsTimestamp({ example: '2027-02-15T10:00:00Z' }) paidAt: string;
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
}

export class ReportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() sequence: number;
  @ApiProperty({ enum: ['progress', 'final'] }) kind: string;
  @ApiProperty({ nullable: true, type: Number }) gatesTranche: number | null;
  @ApiProperty({ nullable: true, type: String }) dueDate: string | null;
  @ApiProperty() status: string;
}

export class GrantDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() status: string;
  @ApiProperty() amount: number;
  @ApiProperty() disbursedAmount: number;
  @ApiProperty() currency: string;
  @ApiProperty({ nullable: true, type: String }) conditions: string | null;
  @ApiProperty({ nullable: true, type: String }) agreementDeadline: string | null;
  @ApiProperty({ nullable: true, type: String }) agreementSignedAt: string | null;
  @ApiProperty({ nullable: true, type: String, enum: PAYOUT_METHODS }) payoutMethod: string | null;
  @ApiProperty() workflowId: string;
  @ApiProperty({ type: [TrancheDto] }) tranches: TrancheDto[];
  @ApiProperty({ type: [ReportDto] }) reports: ReportDto[];
  @ApiProperty() createdAt: string;
}
