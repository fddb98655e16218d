import { Role } from '@csf/domain';
import { TestApp } from '../support/app';
import { PASSWORD } from '../support/factory';

describe('sign-in and roles (e2e)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start({ LOGIN_RATE_LIMIT: '12' });
  });
  afterAll(() => app?.stop());

  it('signs in with a hashed password and answers GET /me', async () => {
    const org = await app.factory.newOrganization();
    const user = await app.factory.newUser([Role.APPLICANT], {
      organizationId: org.id,
      email: 'Awa.Diallo@Example.org',
    });
    const [{ password_hash }] = await app.dataSource.query('SELECT password_hash FROM users WHERE id = $1', [user.id]);
    expect(password_hash).toMatch(/^\$argon2id\$/);

    const login = await app.request('POST', '/auth/login', {
      body: { email: 'awa.diallo@example.org', password: PASSWORD },
    });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({
      tokenType: 'Bearer',
      user: { id: user.id, roles: ['applicant'], organizationId: org.id },
    });
    const me = await app.request('GET', '/me', { token: login.body.accessToken });
    expect(me.body).toMatchObject({ id: user.id, email: 'Awa.Diallo@Example.org', organizationId: org.id });
  });

  it('refuses a wrong password and an unknown email alike, and a deactivated account', async () => {
    const user = await app.factory.newUser([Role.AUDITOR]);
    const wrong = await app.request('POST', '/auth/login', { body: { email: user.email, password: 'nope-nope' } });
    const unknown = await app.request('POST', '/auth/login', {
      body: { email: 'ghost@example.org', password: PASSWORD },
    });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.detail).toBe(wrong.body.detail);

    const token = await app.login(user.email);
    await app.dataSource.query('UPDATE users SET active = false WHERE id = $1', [user.id]);
    expect((await app.request('GET', '/me', { token })).status).toBe(401);
  });

  it('rejects tokens signed with another key or expired', async () => {
    const user = await app.factory.newUser([Role.ADMIN]);
    const token = await app.login(user.email);
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.${Buffer.from('not-the-signature').toString('base64url')}`;
    expect((await app.request('GET', '/me', { token: forged })).status).toBe(401);
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    expect((await app.request('GET', '/me', { token: none })).status).toBe(401);
  });

  it('answers unknown routes and malformed ids with problem+json 404', async () => {
    const token = (await app.actor([Role.PROGRAM_MANAGER])).token;
    const missing = await app.request('GET', '/nowhere', { token });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect((await app.request('GET', '/rounds/not-a-uuid', { token })).body.code).toBe('NOT_FOUND');
  });

  // Last: it exhausts this client address's sign-in budget for the minute (LOGIN_RATE_LIMIT=12 here). Each attempt
  // is for another account, so the per-account limit (login-throttle.e2e.ts) plays no part.
  it('rate-limits sign-in attempts per client address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) {
      statuses.push(
        (await app.request('POST', '/auth/login', { body: { email: `x${i}@example.org`, password: 'wrong-pass' } }))
          .status,
      );
    }
    expect(statuses).toContain(429);
    const limited = await app.request('POST', '/auth/login', {
      body: { email: 'y@example.org', password: 'wrong-pass' },
    });
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
