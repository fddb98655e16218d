import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Connection } from '@temporalio/client';
import { Public } from '../auth/decorators';

/** Liveness says the process answers; readiness says it can serve: PostgreSQL and Temporal both reachable. */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly temporal: Connection,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 2000 }), () => this.temporalCheck()]);
  }

  private async temporalCheck() {
    const indicator = this.indicators.check('temporal');
    try {
      // Not ensureConnected(): it remembers its first outcome, so a Temporal down once would stay down here for ever.
      await this.temporal.withDeadline(Date.now() + 3000, () => this.temporal.workflowService.getSystemInfo({}));
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}
