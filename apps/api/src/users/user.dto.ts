import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsOptional } from 'class-validator';
import { ROLES } from '@csf/domain';
import { PageQuery } from '../common/pagination';
import { IsOneOf, IsPhone, IsText } from '../common/validators';

export const USER_STATUSES = ['invited', 'unverified', 'active', 'inactive'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** `email` or `phone`, one of the two: the invitation goes there. */
export class InviteUserDto {
  @IsText({ max: 254, required: false, example: 'pm@example.org' })
  email?: string;

  @IsPhone({ required: false })
  phone?: string;

  @ApiProperty({ type: [String], enum: ROLES, example: ['program_manager'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @IsOneOf(ROLES, { each: true })
  roles: string[];

  @IsText({ max: 200, example: 'Mariama Diallo' })
  displayName: string;

  @IsOneOf(['fr', 'en'], {
    required: false,
    description: 'Language of the invitation and of later messages (default fr).',
  })
  language?: 'fr' | 'en';
}

export class UpdateUserDto {
  @ApiPropertyOptional({ type: [String], enum: ROLES })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @IsOneOf(ROLES, { each: true })
  roles?: string[];

  @IsText({ max: 200, required: false })
  displayName?: string;

  @IsOneOf(['fr', 'en'], { required: false })
  language?: 'fr' | 'en';

  @ApiPropertyOptional({
    description: 'false deactivates the account and ends its sessions at once; true reactivates it.',
  })
  @IsOptional()
  @IsBoolean({ message: 'INVALID' })
  active?: boolean;
}

export class ListUsersQuery extends PageQuery {
  @IsText({ max: 100, required: false, description: 'Part of the name, email or phone number.' })
  q?: string;

  @IsOneOf(ROLES, {
    required: false,
    description: 'Only people with this role (program managers: reviewer or committee_chair).',
  })
  role?: string;

  @IsOneOf(['true', 'false'], {
    required: false,
    description: 'true: active accounts only; false: deactivated ones only.',
  })
  active?: string;
}

export class InvitationStateDto {
  @ApiProperty({ enum: ['pending', 'accepted', 'expired', 'revoked'] }) state: string;
  @ApiProperty({ format: 'date-time' }) sentAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'E.164 phone number.' }) phone: string | null;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: [String], enum: ROLES }) roles: string[];
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organizationId: string | null;
  @ApiProperty({ enum: ['fr', 'en'] }) language: string;
  @ApiProperty() active: boolean;
  @ApiProperty({
    enum: USER_STATUSES,
    description: 'invited: has not set a password yet; unverified: self-registered, code not confirmed.',
  })
  status: UserStatus;
  @ApiProperty() secondFactorEnabled: boolean;
  @ApiProperty({
    type: InvitationStateDto,
    nullable: true,
    description: 'The latest invitation link, when the account was invited.',
  })
  invitation: InvitationStateDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class UserPageDto {
  @ApiProperty({ type: [UserDto] }) items: UserDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
