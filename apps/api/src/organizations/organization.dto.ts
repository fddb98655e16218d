import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { ORGANIZATION_STATUSES, ORGANIZATION_TYPES, REGION_KEYS } from '@csf/domain';
import { PageQuery } from '../common/pagination';
import { IsOneOf, IsPhone, IsRegionKey, IsSlug, IsText } from '../common/validators';

export class CreateOrganizationDto {
  @IsText({ max: 200, example: 'Association des femmes de Matoto' }) name: string;
  @IsOneOf(ORGANIZATION_TYPES) type: (typeof ORGANIZATION_TYPES)[number];
  @IsRegionKey() region: string;
  @IsSlug({ example: 'matoto' }) commune: string;
  @IsPhone() phone: string;
  @IsText({ max: 254, required: false, example: 'contact@afm.example' }) email?: string;
  @IsText({ max: 100, required: false }) registrationNumber?: string;
}

/** A member edits its organisation: only the fields given change. */
export class UpdateOrganizationDto {
  @IsText({
    max: 200,
    required: false,
    description: 'Changing it after verification sends the organisation back to verification.',
  })
  name?: string;
  @IsOneOf(ORGANIZATION_TYPES, {
    required: false,
    description: 'Changing it after verification sends the organisation back to verification.',
  })
  type?: (typeof ORGANIZATION_TYPES)[number];
  @IsRegionKey({ required: false }) region?: string;
  @IsSlug({ required: false, example: 'matoto' }) commune?: string;
  @IsPhone({ required: false }) phone?: string;
  @IsText({ max: 254, required: false }) email?: string;
  @IsText({
    max: 100,
    required: false,
    description: 'Changing it after verification sends the organisation back to verification.',
  })
  registrationNumber?: string;
}

export class ListOrganizationsQuery extends PageQuery {
  @IsRegionKey({ required: false }) region?: string;
  @IsOneOf(ORGANIZATION_TYPES, { required: false }) type?: string;
  @IsOneOf(ORGANIZATION_STATUSES, { required: false }) status?: string;
  @IsText({
    max: 200,
    required: false,
    description: 'Part of the name or of the registration number (case-insensitive).',
  })
  q?: string;
}

export class VerifyOrganizationDto {
  @ApiProperty({ description: 'true → verified, false → refused (with a reason).' })
  @IsBoolean({ message: 'INVALID' })
  verified: boolean;

  @IsText({
    max: 2000,
    required: false,
    description: 'What was checked (verified).',
    example: 'Récépissé préfectoral n° 2024-117 vu.',
  })
  note?: string;
  @IsText({ max: 2000, required: false, description: 'Required to refuse; sent to the organisation.' }) reason?: string;
}

/** Invite a person by `email` or `phone` (E.164), one of the two, to join the organisation. */
export class InviteMemberDto {
  @IsText({ max: 254, required: false, example: 'fatou.sylla@example.org' }) email?: string;
  @IsPhone({ required: false }) phone?: string;
}

export class MemberInvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({
    description:
      'The link to pass on (it is also sent to the person when they already have an account): `token=<token>` is the secret, shown only now.',
  })
  link: string;
}

export class AcceptMemberInvitationDto {
  @IsText({ max: 200, description: 'The `token` of the invitation link.' }) token: string;
}

export class MemberDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
  @ApiProperty({ type: [String] }) roles: string[];
}

export class OrganizationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) type: string;
  @ApiProperty({ enum: REGION_KEYS }) region: string;
  @ApiProperty() commune: string;
  @ApiProperty() phone: string;
  @ApiPropertyOptional({ nullable: true, type: String }) email: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) registrationNumber: string | null;
  @ApiProperty({ enum: ORGANIZATION_STATUSES }) status: string;
  @ApiProperty({ nullable: true, type: String, description: 'What the programme manager checked.' }) verificationNote:
    string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why the verification was refused.' }) refusalReason:
    string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) verifiedAt: string | null;
  @ApiProperty({ type: [MemberDto] }) members: MemberDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class OrganizationSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) type: string;
  @ApiProperty({ enum: REGION_KEYS }) region: string;
  @ApiProperty() commune: string;
  @ApiProperty({ nullable: true, type: String }) registrationNumber: string | null;
  @ApiProperty({ enum: ORGANIZATION_STATUSES }) status: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class OrganizationPageDto {
  @ApiProperty({ type: [OrganizationSummaryDto] }) items: OrganizationSummaryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
