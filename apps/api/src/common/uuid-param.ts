import { Injectable, PipeTransform } from '@nestjs/common';
import { AppError } from './app-error';
import { UUID } from './validators';

/** A malformed id cannot name anything: answer 404 as for an unknown one, in problem+json. */
@Injectable()
export class UuidParam implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) throw AppError.notFound();
    return value;
  }
}

/**
 * A tranche number in a path: 1 to 100 written plainly. Anything else names no tranche (404), and never reaches
 * PostgreSQL as an integer out of range.
 */
@Injectable()
export class TrancheNumberParam implements PipeTransform<string | number, number> {
  // The global validation pipe may already have made a number of it (`01` → 1, the same tranche).
  transform(value: string | number): number {
    const text = String(value);
    if (!/^[1-9]\d{0,2}$/.test(text) || Number(text) > 100) throw AppError.notFound();
    return Number(text);
  }
}
