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
