import { FieldCode } from '@csf/domain';
import { AppError } from './app-error';
import { isE164 } from './validators';

/** How a person is known to the service: an email address or an E.164 phone number (many groups have no email). */
export type Identifier = { kind: 'email'; value: string } | { kind: 'phone'; value: string };

/** Deliberately loose (one @, a dotted domain, no spaces): the code sent to the address is the real test. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const EMAIL_MAX_LENGTH = 254;

export function isEmailAddress(value: unknown): boolean {
  return typeof value === 'string' && value.length <= EMAIL_MAX_LENGTH && EMAIL.test(value.trim());
}

/**
 * The one identifier of a body carrying `email` or `phone` (exactly one), normalised as it is stored: emails
 * trimmed and lower-cased (they match case-insensitively), phones as E.164. 422 when there is none, both, or one
 * that is neither an email address nor an E.164 number.
 */
export function identifierOf(body: { email?: string | null; phone?: string | null }): Identifier {
  const email = body.email ?? undefined;
  const phone = body.phone ?? undefined;
  if (email === undefined && phone === undefined) {
    throw AppError.validation([
      { field: 'email', code: FieldCode.REQUIRED },
      { field: 'phone', code: FieldCode.REQUIRED },
    ]);
  }
  if (email !== undefined && phone !== undefined)
    throw AppError.validation([{ field: 'phone', code: FieldCode.INVALID }]);
  if (email !== undefined) {
    if (!isEmailAddress(email)) throw AppError.validation([{ field: 'email', code: FieldCode.INVALID_EMAIL }]);
    return { kind: 'email', value: email.trim().toLowerCase() };
  }
  if (!isE164(phone)) throw AppError.validation([{ field: 'phone', code: FieldCode.INVALID_PHONE }]);
  return { kind: 'phone', value: phone! };
}

/** SQL condition on the users alias `u` finding the account of an identifier (`:identifier` bound). */
export function userByIdentifier(identifier: Identifier): { where: string; params: { identifier: string } } {
  return identifier.kind === 'email'
    ? { where: 'lower(u.email) = :identifier', params: { identifier: identifier.value } }
    : { where: 'u.phone = :identifier', params: { identifier: identifier.value } };
}
