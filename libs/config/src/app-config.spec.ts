import { secondFactorRoles, validateConfig } from './app-config';

const REQUIRED = {
  DATABASE_URL: 'postgres://x@localhost/db',
  JWT_SECRET: 'x'.repeat(32),
  PAYOUT_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32).toString('base64')}`,
};

describe('REQUIRE_2FA_ROLES', () => {
  it('defaults to the roles that move money or administer', () => {
    expect(secondFactorRoles(validateConfig(REQUIRED))).toEqual(['finance_officer', 'finance_approver', 'admin']);
  });

  it('reads a list or none', () => {
    expect(secondFactorRoles(validateConfig({ ...REQUIRED, REQUIRE_2FA_ROLES: 'admin, finance_officer' }))).toEqual([
      'admin',
      'finance_officer',
    ]);
    expect(secondFactorRoles(validateConfig({ ...REQUIRED, REQUIRE_2FA_ROLES: 'none' }))).toEqual([]);
  });

  it('refuses a misspelt role rather than silently requiring nothing of it', () => {
    expect(() => validateConfig({ ...REQUIRED, REQUIRE_2FA_ROLES: 'finance_oficer' })).toThrow(
      /REQUIRE_2FA_ROLES: unknown role\(s\): finance_oficer/,
    );
  });
});

describe('PUBLIC_URL', () => {
  it('is where links point, an http(s) URL', () => {
    expect(validateConfig(REQUIRED).PUBLIC_URL).toBe('http://localhost:3000');
    expect(() => validateConfig({ ...REQUIRED, PUBLIC_URL: 'csf.example.org' })).toThrow(/PUBLIC_URL/);
  });
});

describe('WORKER_MAX_CACHED_WORKFLOWS', () => {
  it("is unset by default (the SDK's own default) and read as a whole number otherwise", () => {
    expect(validateConfig(REQUIRED).WORKER_MAX_CACHED_WORKFLOWS).toBeUndefined();
    expect(
      validateConfig({ ...REQUIRED, WORKER_MAX_CACHED_WORKFLOWS: '' }).WORKER_MAX_CACHED_WORKFLOWS,
    ).toBeUndefined();
    expect(validateConfig({ ...REQUIRED, WORKER_MAX_CACHED_WORKFLOWS: '2500' }).WORKER_MAX_CACHED_WORKFLOWS).toBe(2500);
  });

  it('refuses what is not a cache size', () => {
    expect(() => validateConfig({ ...REQUIRED, WORKER_MAX_CACHED_WORKFLOWS: '-1' })).toThrow(
      /WORKER_MAX_CACHED_WORKFLOWS/,
    );
    expect(() => validateConfig({ ...REQUIRED, WORKER_MAX_CACHED_WORKFLOWS: 'lots' })).toThrow(
      /WORKER_MAX_CACHED_WORKFLOWS/,
    );
  });
});
