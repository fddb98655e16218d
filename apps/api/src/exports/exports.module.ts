import { Module } from '@nestjs/common';
import { ExportsController } from './exports.controller';

/** Bulk exports of the fund's records: finance and programme CSVs, and the IATI file donors publish from. */
@Module({ controllers: [ExportsController] })
export class ExportsModule {}
