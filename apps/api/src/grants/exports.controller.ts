import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Role } from '@csf/domain';
import { Roles } from '../auth/decorators';

/** Finance exports. Streamed row by row from PostgreSQL, so the size of the fund does not matter. */
@ApiTags('exports')
@Controller('exports')
export class ExportsController {
  constructor(private readonly dataSource: DataSource) {}

  @Roles(Role.FINANCE_OFFICER, Role.FINANCE_APPROVER, Role.PROGRAM_MANAGER, Role.ADMIN, Role.AUDITOR)
  @Get('disbursements.csv')
  @ApiProduces('text/csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="disbursements.csv"')
  async disbursements(@Res() res: Response): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const rows = await runner.stream(
        `SELECT g.id AS grant_id, o.name AS organization, t.number AS tranche, p.amount, p.currency, p.gateway,
                p.status, p.provider_reference AS reference, t.requested_at, t.approved_at, p.paid_at,
                maker.email AS maker, checker.email AS checker, p.attempt
           FROM payments p
           JOIN grants g ON g.id = p.grant_id
           JOIN organizations o ON o.id = g.organization_id
           JOIN grant_tranches t ON t.id = p.tranche_id
           LEFT JOIN users maker ON maker.id = t.requested_by
           LEFT JOIN users checker ON checker.id = t.approved_by
          ORDER BY p.created_at, p.id`,
      );
      const csv = stringify({
        header: true,
        columns: [
          'grant_id', 'organization', 'tranche', 'amount', 'currency', 'gateway', 'status', 'reference',
          'requested_at', 'approved_at', 'paid_at', 'maker', 'checker', 'attempt',
        ],
        cast: { date: (d) => d.toISOString() },
      });
      await new Promise<void>((resolve, reject) => {
        rows.on('error', reject);
        csv.on('error', reject);
        res.on('finish', resolve);
        rows.pipe(csv).pipe(res);
      });
    } finally {
      await runner.release();
    }
  }
}
