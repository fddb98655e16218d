import { Role } from './roles';

/** How many trailing digits of an account number or phone number anyone may see. */
export const VISIBLE_ACCOUNT_DIGITS = 3;

/**
 * The form every role but finance sees: the last 3 digits behind a fixed-width mask, so the mask tells nothing
 * about the length either. `+224620123567` → `***567`.
 */
export function maskAccount(value: string): string {
  const digits = value.replace(/\D/g, '');
  return `***${digits.slice(-VISIBLE_ACCOUNT_DIGITS)}`;
}

/** Finance executes payment orders, so it alone sees the payee in full (number, account, account name). */
export const PAYEE_READERS: readonly Role[] = [Role.FINANCE_OFFICER, Role.FINANCE_APPROVER];

export function seesPayeeInFull(roles: readonly Role[]): boolean {
  return roles.some((role) => PAYEE_READERS.includes(role));
}

/**
 * The reference finance quotes on a transfer (mobile-money memo, bank transfer label): short enough for a memo
 * field, the same for the same grant, tranche and attempt, so a statement line finds its payment again.
 */
export function paymentOrderReference(grantId: string, trancheNumber: number, attempt: number): string {
  return `CSF-${grantId.replace(/-/g, '').slice(0, 8).toUpperCase()}-T${trancheNumber}-A${attempt}`;
}
