import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { PROPOSAL_STATUSES, Role } from '@csf/domain';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { RequestId } from '../common/request-id';
import { UuidParam } from '../common/uuid-param';
import {
  AcceptAssignmentDto,
  AssignmentDetailDto,
  AssignmentPageDto,
  DeclineAssignmentDto,
  ListAssignmentsQuery,
  SubmitReviewDto,
} from './review.dto';
import { ReviewsService } from './reviews.service';

class AssignmentCommandResultDto {
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty() status: string;
  @ApiProperty({ enum: PROPOSAL_STATUSES }) proposalStatus: string;
}

@ApiTags('reviews')
@Roles(Role.REVIEWER)
@Controller('reviews/assignments')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Get()
  @ApiOkResponse({ type: AssignmentPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListAssignmentsQuery) {
    return this.reviews.list(user, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: AssignmentDetailDto })
  get(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.reviews.get(user, id);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: AssignmentCommandResultDto })
  accept(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Body() _dto: AcceptAssignmentDto,
    @RequestId() requestId: string,
  ) {
    return this.reviews.accept(user, id, requestId);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @ApiOkResponse({
    type: AssignmentCommandResultDto,
    description: 'Declining declares a conflict of interest; another panel member is assigned.',
  })
  decline(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: DeclineAssignmentDto,
    @RequestId() requestId: string,
  ) {
    return this.reviews.decline(user, id, dto.reason, requestId);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiOkResponse({ type: AssignmentCommandResultDto })
  submit(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: SubmitReviewDto,
    @RequestId() requestId: string,
  ) {
    return this.reviews.submit(user, id, dto, requestId);
  }
}
