import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role } from '@csf/domain';
import { Roles } from '../auth/decorators';
import { ReportQueuePageDto, ReportQueueQuery } from './report-queue.dto';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  /** Accepting and returning reports is the programme manager's job; admin and auditor read everything. */
  @Roles(Role.PROGRAM_MANAGER, Role.ADMIN, Role.AUDITOR)
  @Get()
  @ApiOkResponse({
    type: ReportQueuePageDto,
    description:
      'Reports across grants. Without `status`: the queue — submitted reports (oldest submission first), then overdue ones (longest late first), on grants not closed or terminated — with the grant, the organisation to call, the period and days waiting.',
  })
  @ApiNotFoundResponse({ description: 'The `roundId` asked for names no round.' })
  list(@Query() query: ReportQueueQuery) {
    return this.reports.queue(query);
  }
}
