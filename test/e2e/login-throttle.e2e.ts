import { Role } from '@csf/domain';
import { TestApp } from '../support/app';
import { PASSWORD } from '../support/factory';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sign-in throttling as people meet it: colleagues behind one office address (one public address for everyone, as
 * behind a mobile operator's NAT) are not throttled together; guessing one account's password is, from any address.
 * The API trusts X-Forwarded-For from loopback (TRUST_PROXY's default), which lets the test play many addresses.
 */
describe('sign-in throttling (e2e)', () => {
  let app: TestApp;
  // The production defaults ('' lets the configured default apply; TestApp raises LOGIN_RATE_LIMIT for other files),
  // but a first lock of 2 s rather than 1 s: a loaded test machine must not see a lock run out between two attempts.
  const LOCK_BASE_S = 2;
  const defaults = {
    LOGIN_RATE_LIMIT: '',
    LOGIN_MAX_FAILURES: '',
    LOGIN_LOCK_BASE: `${LOCK_BASE_S}s`,
    LOGIN_LOCK_MAX: '',
    TRUST_PROXY: '',
  };

  beforeAll(async () => {
    app = await TestApp.start(defaults, { worker: false });
  });
  afterAll(() => app?.stop());

  const signIn = (email: string, password: string, address: string) =>
    app.request('POST', '/auth/login', { body: { email, password }, headers: { 'x-forwarded-for': address } });

  it('lets twelve colleagues behind one office address all sign in within a minute, mistakes included', async () => {
    const office = '41.223.50.7';
    const org = await app.factory.newOrganization();
    const colleagues = await Promise.all(
      Array.from({ length: 12 }, () => app.factory.newUser([Role.APPLICANT], { organizationId: org.id })),
    );
    const statuses: number[] = [];
    for (const [i, person] of colleagues.entries()) {
      // A third of them mistype their password once before getting it right.
      if (i % 3 === 0) expect((await signIn(person.email, 'wrong-password', office)).status).toBe(401);
      statuses.push((await signIn(person.email, PASSWORD, office)).status);
    }
    expect(statuses).toEqual(Array(12).fill(200));
  });

  it('throttles twenty wrong passwords for one account whatever the address, with growing delays', async () => {
    const user = await app.factory.newUser([Role.AUDITOR]);
    const answers = [];
    for (let i = 0; i < 20; i++) answers.push(await signIn(user.email, `guess-${i}`, `10.20.${i}.1`));
    const statuses = answers.map((a) => a.status);
    // Five failures are allowed; then the account waits, whichever address the guesses come from.
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(6);
    const limited = answers.filter((a) => a.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(14);
    expect(limited[0].body.code).toBe('RATE_LIMITED');
    expect(limited[0].headers.get('content-type')).toContain('application/problem+json');
    expect(Number(limited[0].headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

    // Even the right password waits while the account is locked: a guess that hits gains nothing.
    const locked = await signIn(user.email, PASSWORD, '10.99.0.1');
    expect(locked.status).toBe(429);

    // After the delay one more failure locks it again, for twice as long.
    await sleep(Number(locked.headers.get('retry-after')) * 1000 + 200);
    const failures = statuses.filter((s) => s === 401).length;
    expect((await signIn(user.email, 'guess-again', '10.99.0.2')).status).toBe(401);
    const longer = await signIn(user.email, PASSWORD, '10.99.0.3');
    expect(longer.status).toBe(429);
    expect(Number(longer.headers.get('retry-after'))).toBe(LOCK_BASE_S * 2 ** (failures + 1 - 5));

    // After that delay the right password works, and clears the failures: the next mistake is a plain 401.
    await sleep(Number(longer.headers.get('retry-after')) * 1000 + 200);
    const ok = await signIn(user.email, PASSWORD, '10.99.0.4');
    expect(ok.status).toBe(200);
    expect((await signIn(user.email, 'one-mistake', '10.99.0.5')).status).toBe(401);
    expect((await signIn(user.email, PASSWORD, '10.99.0.6')).status).toBe(200);
  });

  it('answers an unknown account exactly as a known one, so the throttle tells nothing about who exists', async () => {
    const known = await app.factory.newUser([Role.AUDITOR]);
    const run = async (email: string) => {
      const answers = [];
      for (let i = 0; i < 7; i++) answers.push(await signIn(email, `nope-${i}`, `172.16.${i}.9`));
      return answers.map((a) => [a.status, a.body.code]);
    };
    const [knownAnswers, unknownAnswers] = [await run(known.email), await run('nobody-at-all@example.org')];
    expect(unknownAnswers).toEqual(knownAnswers);
    expect(knownAnswers.map(([status]) => status)).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });

  it('shares counters between API instances, and limits what one address may try in a minute', async () => {
    const user = await app.factory.newUser([Role.AUDITOR]);
    // A second instance on the same database, with a small per-address limit to see it without a hundred attempts.
    const second = await TestApp.start(
      { ...defaults, DATABASE_URL: app.db.url, LOGIN_RATE_LIMIT: '10' },
      { worker: false },
    );
    try {
      for (let i = 0; i < 5; i++) expect((await signIn(user.email, `guess-${i}`, '198.51.100.1')).status).toBe(401);
      const elsewhere = await second.request('POST', '/auth/login', {
        body: { email: user.email, password: PASSWORD },
        headers: { 'x-forwarded-for': '198.51.100.2' },
      });
      expect(elsewhere.status).toBe(429);

      const spray = [];
      for (let i = 0; i < 11; i++) {
        spray.push(
          (
            await second.request('POST', '/auth/login', {
              body: { email: `target-${i}@example.org`, password: 'Winter2026!' },
              headers: { 'x-forwarded-for': '203.0.113.66' },
            })
          ).status,
        );
      }
      expect(spray).toEqual([...Array(10).fill(401), 429]);
      // Another address is not affected.
      const other = await app.factory.newUser([Role.AUDITOR]);
      const fine = await second.request('POST', '/auth/login', {
        body: { email: other.email, password: PASSWORD },
        headers: { 'x-forwarded-for': '203.0.113.67' },
      });
      expect(fine.status).toBe(200);
    } finally {
      await second.stop();
    }
  });
});
