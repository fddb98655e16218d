import * as argon2 from 'argon2';
import { ErrorCode, FieldCode, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from '@csf/domain';
import { AppError } from '../common/app-error';

/**
 * Argon2id at OWASP's recommended minimum (Password Storage Cheat Sheet: m = 19 MiB, t = 2, p = 1). Sign-in
 * rehashes a password whose stored hash used other parameters, so raising these upgrades every account over time.
 */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => argon2.hash(password, ARGON2_OPTIONS);

export const passwordNeedsRehash = (hash: string): boolean => {
  try {
    return argon2.needsRehash(hash, ARGON2_OPTIONS);
  } catch {
    return true;
  }
};

let common: Set<string> | undefined;

/**
 * The list of common passwords shipped with the project: the ranked password dictionary of
 * @zxcvbn-ts/language-common (about 49,000 passwords from breach corpora, maintained with zxcvbn-ts), loaded once.
 */
function commonPasswords(): Set<string> {
  if (!common) {
    const { dictionary } = require('@zxcvbn-ts/language-common') as { dictionary: Record<string, string[]> };
    common = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  }
  return common;
}

export const isCommonPassword = (candidate: string): boolean => commonPasswords().has(candidate);

/** 422 WEAK_PASSWORD with the reason on `field` (TOO_SHORT, TOO_LONG or COMMON). */
export function assertAcceptablePassword(password: string, field: string): void {
  const problem = passwordProblem(password, isCommonPassword);
  if (!problem) return;
  const params: Record<string, number> =
    problem === FieldCode.TOO_SHORT
      ? { min: PASSWORD_MIN_LENGTH }
      : problem === FieldCode.TOO_LONG
        ? { max: PASSWORD_MAX_LENGTH }
        : {};
  throw new AppError(ErrorCode.WEAK_PASSWORD, [{ field, code: problem, params }]);
}
