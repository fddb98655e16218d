import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CURRENCIES, REGION_KEYS } from '@csf/domain';

export class PublicTextDto {
  @ApiProperty({ example: 'Fonds de sécurité communautaire 2027' }) fr: string;
  @ApiProperty({ example: 'Community Safety Fund 2027' }) en: string;
}

export class PublicDescriptionDto {
  @ApiProperty({ example: 'Cet appel finance des projets de quartier qui rendent les rues plus sûres.' }) fr: string;
  @ApiProperty({ example: 'This call funds neighbourhood projects that make streets safer.' }) en: string;
}

export class PublicCriterionDto {
  @ApiProperty({ example: 'relevance' }) key: string;
  @ApiProperty({ type: PublicTextDto }) label: PublicTextDto;
  @ApiProperty({ description: 'Weight in the total score, in percent.', example: 40 }) weight: number;
  @ApiProperty({ description: 'Highest score a reviewer gives on this criterion.', example: 5 }) maxScore: number;
}

/** The calendar an applicant can expect, as Temporal-style durations ("5 days"). */
export class PublicDurationsDto {
  @ApiProperty({ description: 'From submission to the screening decision.', example: '5 days' }) screening: string;
  @ApiProperty({ description: 'Time each reviewer has to score a proposal.', example: '10 days' }) review: string;
  @ApiProperty({ description: 'From the last review to the committee decision.', example: '7 days' }) decision: string;
  @ApiProperty({ description: 'Time to sign the grant agreement after approval.', example: '14 days' })
  agreement: string;
  @ApiProperty({ description: 'Time to resubmit when the committee asks for a revision.', example: '21 days' })
  revision: string;
  @ApiProperty({ description: 'Time between two progress reports of a grant.', example: '90 days' })
  reportPeriod: string;
}

/** An open or upcoming call as anyone may read it: what to apply for, never how the fund runs it inside. */
export class PublicRoundDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: PublicTextDto }) name: PublicTextDto;
  @ApiProperty({
    type: PublicDescriptionDto,
    nullable: true,
    description: 'What the call funds; null when the fund gave none.',
  })
  description: PublicDescriptionDto | null;
  @ApiProperty({ enum: ['upcoming', 'open'] }) status: 'upcoming' | 'open';
  @ApiProperty({ enum: CURRENCIES }) currency: string;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'Largest grant, in the currency’s minor unit.' })
  maxAward: number;
  @ApiProperty({ type: [String], enum: REGION_KEYS }) eligibleRegions: string[];
  @ApiPropertyOptional({ type: [String], nullable: true, description: 'When set, only these communes.' })
  eligibleCommunes: string[] | null;
  @ApiProperty({ format: 'date-time' }) opensAt: string;
  @ApiProperty({ format: 'date-time' }) closesAt: string;
  @ApiProperty({
    type: [Number],
    description: 'Share of the award paid in each tranche, in percent.',
    example: [40, 40, 20],
  })
  tranchePlan: number[];
  @ApiProperty({ type: [PublicCriterionDto] }) rubric: PublicCriterionDto[];
  @ApiProperty({ type: PublicDurationsDto }) durations: PublicDurationsDto;
}

export class PublicRoundPageDto {
  @ApiProperty({ type: [PublicRoundDto] }) items: PublicRoundDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
