import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORGANIZATION_TYPES, REGION_KEYS } from '@csf/domain';
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

export class MemberDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty() email: string;
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
  @ApiProperty({ type: [MemberDto] }) members: MemberDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
