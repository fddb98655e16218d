import { Controller, Get, Header, Headers, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type Options as CsvOptions, stringify } from 'csv-stringify';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { AppConfig } from '@csf/config';
import { ErrorCode, paymentOrderReference, Role, seesPayeeInFull } from '@csf/domain';
import {
  auditCsvSql,
  disbursementsCsvSql,
  grantsCsvSql,
  iatiSql,
  PayoutVault,
  proposalsCsvSql,
  type Sql,
} from '@csf/persistence';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { AppError } from '../common/app-error';
import type { Language } from '../common/i18n/i18n';
import { AUDIT_SEARCH_READERS, AuditFilters, requireAuditRange } from '../history/audit-search';
import { languageFrom } from '../common/problem';
import { safeCsvOptions } from './csv-cells';
import { AUDIT_COLUMNS, csvColumns, GRANT_COLUMNS, PROPOSAL_COLUMNS } from './csv-headers';
import { GrantsExportQuery, ProposalsExportQuery } from './exports.dto';
import { IATI_FOOTER, iatiActivityXml, type IatiGrantRow, iatiHeader } from './iati';
import { streamQuery } from './stream';

/** Exports cover the whole fund, so they are for staff who may read all of it; applicants and reviewers are refused. */
const EXPORT_READERS = [Role.FINANCE_OFFICER, Role.FINANCE_APPROVER, Role.PROGRAM_MANAGER, Role.ADMIN, Role.AUDITOR];
const CSV = 'text/csv; charset=utf-8';
const ACCEPT_LANGUAGE = {
  name: 'accept-language',
  required: false,
  description: 'Column headers in French (default) or English (`en`).',
};

/** Streamed row by row from PostgreSQL, so the size of the fund does not matter. */
@ApiTags('exports')
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly payoutVault: PayoutVault,
  ) {}

  @Roles(...EXPORT_READERS)
  @Get('disbursements.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'One row per payment attempt, oldest first, for reconciliation with the payment orders and provider statements.',
  })
  @Header('content-type', CSV)
  @Header('content-disposition', 'attachment; filename="disbursements.csv"')
  @ApiOkResponse({
    description:
      'One row per payment attempt with its payee: account number in full for finance roles, last 3 digits for others.',
  })
  async disbursements(@Res() res: Response, @CurrentUser() user: AuthUser): Promise<void> {
    const columns = [
      'grant_id',
      'organization',
      'tranche',
      'amount',
      'currency',
      'gateway',
      'status',
      'reference',
      'requested_at',
      'approved_at',
      'paid_at',
      'maker',
      'checker',
      'attempt',
      'order_reference',
      'payee_method',
      'payee_provider',
      'payee_account',
      'payee_name',
    ];
    const full = seesPayeeInFull(user.roles);
    await this.csv(
      res,
      disbursementsCsvSql(),
      { header: true, columns, cast: { date: (d) => d.toISOString() } },
      (row) => this.withPayee(row, full),
    );
  }

  /** Finance reconciles against statements, so it gets the account in full; other readers the last 3 digits. */
  private withPayee(row: Record<string, any>, full: boolean): Record<string, unknown> {
    const { payout_ciphertext: ciphertext, payout_key_id: keyId, ...rest } = row;
    const account = full
      ? this.payoutVault.open({ id: row.grant_id, payoutCiphertext: ciphertext, payoutKeyId: keyId })
      : null;
    const number = account ? (account.method === 'mobile_money' ? account.msisdn : account.accountNumber) : null;
    return {
      ...rest,
      order_reference: paymentOrderReference(row.grant_id, row.tranche, row.attempt),
      payee_method: row.payout_method,
      payee_provider: row.payout_provider,
      payee_account: number ?? row.payout_masked,
      payee_name: account?.method === 'bank_transfer' ? account.accountName : null,
    };
  }

  @Roles(...EXPORT_READERS)
  @Get('proposals.csv')
  @ApiProduces('text/csv')
  @ApiHeader(ACCEPT_LANGUAGE)
  @ApiOkResponse({ description: 'One row per proposal, oldest first; amounts in minor units, score in percent.' })
  @Header('content-type', CSV)
  @Header('content-disposition', 'attachment; filename="proposals.csv"')
  async proposals(
    @Res() res: Response,
    @Query() query: ProposalsExportQuery,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<void> {
    const lang = this.language(res, acceptLanguage);
    await this.csv(res, proposalsCsvSql(query, lang), this.localisedCsv(csvColumns(PROPOSAL_COLUMNS, lang)));
  }

  @Roles(...EXPORT_READERS)
  @Get('grants.csv')
  @ApiProduces('text/csv')
  @ApiHeader(ACCEPT_LANGUAGE)
  @ApiOkResponse({
    description: 'One row per grant, oldest first; amounts in minor units, beneficiaries targeted and reached.',
  })
  @Header('content-type', CSV)
  @Header('content-disposition', 'attachment; filename="grants.csv"')
  async grants(
    @Res() res: Response,
    @Query() query: GrantsExportQuery,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<void> {
    const lang = this.language(res, acceptLanguage);
    await this.csv(res, grantsCsvSql(query, lang), this.localisedCsv(csvColumns(GRANT_COLUMNS, lang)));
  }

  @Roles(...AUDIT_SEARCH_READERS)
  @Get('audit.csv')
  @ApiProduces('text/csv')
  @ApiHeader(ACCEPT_LANGUAGE)
  @ApiOkResponse({
    description:
      'The audit events GET /audit-events finds with the same filters, all of them, oldest first; data as JSON text.',
  })
  @Header('content-type', CSV)
  @Header('content-disposition', 'attachment; filename="audit.csv"')
  async audit(
    @Res() res: Response,
    @Query() query: AuditFilters,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<void> {
    // Built before the first byte: a range out of order is still a problem+json, not a broken download.
    const sql = auditCsvSql(requireAuditRange(query));
    const lang = this.language(res, acceptLanguage);
    await this.csv(res, sql, this.localisedCsv(csvColumns(AUDIT_COLUMNS, lang)));
  }

  @Roles(...EXPORT_READERS)
  @Get('iati.xml')
  @ApiProduces('application/xml')
  @ApiOkResponse({
    description: 'The grants as IATI 2.03 activities (iati-activities), narratives in French and English.',
  })
  @ApiNotFoundResponse({ description: 'No grant matches the selection (an IATI file needs at least one activity).' })
  @Header('content-type', 'application/xml; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="iati-activities.xml"')
  async iati(@Res() res: Response, @Query() query: GrantsExportQuery): Promise<void> {
    const generatedAt = new Date();
    const publisher = this.config.IATI_PUBLISHER_REF;
    await streamQuery(this.dataSource, iatiSql(query), async (rows) => {
      // The schema wants at least one activity: an empty selection is refused before any byte is sent.
      const iterator: AsyncIterator<IatiGrantRow> = rows[Symbol.asyncIterator]();
      const first = await iterator.next();
      if (first.done) {
        res.removeHeader('content-disposition');
        throw new AppError(ErrorCode.NOTHING_TO_EXPORT);
      }
      await pipeline(Readable.from(iatiDocument(first.value, iterator, generatedAt, publisher)), res);
    });
  }

  /** Every CSV export goes through here, so no cell reaches a spreadsheet as a live formula. */
  private async csv(
    res: Response,
    sql: Sql,
    options: CsvOptions,
    map: (row: Record<string, any>) => Record<string, unknown> = (row) => row,
  ): Promise<void> {
    await streamQuery(this.dataSource, sql, (rows) =>
      pipeline(rows, mapRows(map), stringify(safeCsvOptions(options)), res),
    );
  }

  /**
   * Headers people read, in their language. The BOM lets spreadsheet software read the accented headers as UTF-8;
   * booleans read true/false rather than csv-stringify's 1/empty.
   */
  private localisedCsv(columns: { key: string; header: string }[]): CsvOptions {
    return { header: true, bom: true, columns, cast: { date: (d) => d.toISOString(), boolean: (b) => String(b) } };
  }

  private language(res: Response, acceptLanguage: string | undefined): Language {
    const lang = languageFrom(acceptLanguage);
    res.setHeader('content-language', lang);
    res.vary('Accept-Language');
    return lang;
  }
}

function mapRows(map: (row: Record<string, any>) => Record<string, unknown>) {
  return async function* (rows: AsyncIterable<Record<string, any>>) {
    for await (const row of rows) yield map(row);
  };
}

/** The document as it goes out: header, one activity per grant as its row arrives, footer. */
async function* iatiDocument(
  first: IatiGrantRow,
  rest: AsyncIterator<IatiGrantRow>,
  generatedAt: Date,
  publisher: string,
): AsyncGenerator<string> {
  yield iatiHeader(generatedAt);
  yield iatiActivityXml(first, publisher);
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield iatiActivityXml(next.value, publisher);
  yield IATI_FOOTER;
}
