import { Role } from '@csf/domain';
import { TestApp } from '../support/app';
import { PASSWORD } from '../support/factory';

/**
 * The signed-in user is cached for AUTH_USER_CACHE_TTL (3 s here, long beside the milliseconds between two
 * requests): a change made through this API applies at the next request all the same, and one made elsewhere (another
 * instance, the admin command, SQL) within the TTL.
 */
describe('signed-in user cache (e2e)', () => {
  let app: TestApp;
  let admin: { token: string };

  beforeAll(async () => {
    app = await TestApp.start({ AUTH_USER_CACHE_TTL: '3s' }, { worker: false });
    admin = await app.actor([Role.ADMIN]);
  }, 120_000);
  afterAll(() => app?.stop());

  it('reads the user once per TTL: a change made outside this process shows within it', async () => {
    const { user, token } = await app.actor([Role.AUDITOR]);
    expect((await app.request('GET', '/me', { token })).body.displayName).toBe(user.displayName);
    await app.dataSource.query(`UPDATE users SET display_name = 'Renamed elsewhere' WHERE id = $1`, [user.id]);
    // Cached: the bearer check did not read the row again.
    expect((await app.request('GET', '/me', { token })).body.displayName).toBe(user.displayName);
    await new Promise((resolve) => setTimeout(resolve, 3_300));
    expect((await app.request('GET', '/me', { token })).body.displayName).toBe('Renamed elsewhere');
  });

  it('applies a deactivation, a role change and a sign-out everywhere made here at once, cached or not', async () => {
    const a = await app.actor([Role.AUDITOR]);
    expect((await app.request('GET', '/me', { token: a.token })).status).toBe(200);
    expect(
      (await app.request('PATCH', `/users/${a.user.id}`, { token: admin.token, body: { roles: ['program_manager'] } }))
        .status,
    ).toBe(200);
    expect((await app.request('GET', '/me', { token: a.token })).body.roles).toEqual(['program_manager']);
    expect(
      (await app.request('PATCH', `/users/${a.user.id}`, { token: admin.token, body: { active: false } })).status,
    ).toBe(200);
    expect((await app.request('GET', '/me', { token: a.token })).status).toBe(401);

    const b = await app.actor([Role.AUDITOR]);
    const other = await app.login(b.user.email);
    expect((await app.request('GET', '/me', { token: other })).status).toBe(200);
    expect((await app.request('POST', '/auth/logout', { token: b.token, body: {} })).status).toBe(204);
    expect((await app.request('GET', '/me', { token: other })).status).toBe(401);

    const c = await app.actor([Role.AUDITOR]);
    expect((await app.request('GET', '/me', { token: c.token })).status).toBe(200);
    const changed = await app.request('POST', '/auth/password', {
      token: c.token,
      body: { currentPassword: PASSWORD, newPassword: 'an0ther-Long-passphrase!' },
    });
    expect(changed.status).toBe(200);
    expect((await app.request('GET', '/me', { token: c.token })).status).toBe(401);
  });
});
