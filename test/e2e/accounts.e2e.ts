import * as argon2 from 'argon2';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import { Role } from '@csf/domain';
import { TestApp } from '../support/app';
import { PASSWORD, proposalBody } from '../support/factory';
import { awaitMessage, readOutbox, tokenIn } from '../support/outbox';

const NEW_PASSWORD = 'un mot de passe assez long';

/** The code an authenticator app shows for `secret`, `stepsAhead` periods from now. */
function totpCode(secret: string, stepsAhead = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp: Date.now() + stepsAhead * 30_000,
  });
}

/** `npm run admin -- <args>` against the test database, run from the TypeScript sources (no build). */
function adminCommand(app: TestApp, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(__dirname, '../support/worker-from-sources.cjs'), ...args], {
      env: {
        ...process.env,
        SOURCE_MAIN: 'apps/api/src/admin-cli.ts',
        DATABASE_URL: app.db.url,
        PUBLIC_URL: 'https://csf.example.org',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('staff accounts: invitations, people, passwords, sessions, second factor (e2e)', () => {
  let app: TestApp;
  let admin: { token: string; id: string };

  beforeAll(async () => {
    app = await TestApp.start();
    const { user, token } = await app.actor([Role.ADMIN]);
    admin = { token, id: user.id };
  });
  afterAll(() => app?.stop());

  const invite = (body: Record<string, unknown>, token = admin.token) =>
    app.request('POST', '/users/invitations', { token, body });

  it('invites a staff member by email, who sets a password from the link (once) and signs in', async () => {
    const res = await invite({
      email: 'Mariama.PM@example.org',
      roles: ['program_manager'],
      displayName: 'Mariama Diallo',
      language: 'en',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      email: 'mariama.pm@example.org',
      roles: ['program_manager'],
      status: 'invited',
      active: true,
      invitation: { state: 'pending' },
    });
    const days = (Date.parse(res.body.invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    const message = await awaitMessage(app.outboxFile, 'mariama.pm@example.org', 'account_invitation');
    expect(message).toMatchObject({ channel: 'email', subject: 'Invitation to the Community Safety Fund' });
    expect(message.text).toContain('http://localhost:3000/invitation?token=');
    const token = tokenIn(message);
    // Only the hash is stored, and the sent message no longer carries the token.
    const stored = await app.dataSource.query(`SELECT token_hash FROM one_time_tokens WHERE user_id = $1`, [
      res.body.id,
    ]);
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).not.toContain(token);
    expect(stored[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    const [row] = await app.dataSource.query(`SELECT body, status FROM notifications WHERE recipient_id = $1`, [
      res.body.id,
    ]);
    expect(row.status).toBe('sent');
    expect(row.body).not.toContain(token);

    // No password yet: nobody signs in to the invited account.
    expect(
      (await app.request('POST', '/auth/login', { body: { email: 'mariama.pm@example.org', password: PASSWORD } }))
        .status,
    ).toBe(401);

    const common = await app.request('POST', '/auth/invitations/accept', { body: { token, password: 'password123' } });
    expect(common.status).toBe(422);
    expect(common.body).toMatchObject({ code: 'WEAK_PASSWORD', errors: [{ field: 'password', code: 'COMMON' }] });
    const short = await app.request('POST', '/auth/invitations/accept', { body: { token, password: 'é€😀abcd' } });
    expect(short.body).toMatchObject({ code: 'WEAK_PASSWORD', errors: [{ field: 'password', code: 'TOO_SHORT' }] });
    // 8 code points (more UTF-16 units) is long enough; a refused attempt did not spend the link.
    const accepted = await app.request('POST', '/auth/invitations/accept', { body: { token, password: 'é€😀abcde' } });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user).toMatchObject({ id: res.body.id, roles: ['program_manager'], language: 'en' });
    expect((await app.request('GET', '/me', { token: accepted.body.accessToken })).status).toBe(200);

    const again = await app.request('POST', '/auth/invitations/accept', { body: { token, password: NEW_PASSWORD } });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('INVALID_TOKEN');
    expect((await app.login('mariama.pm@example.org', 'é€😀abcde')).length).toBeGreaterThan(0);

    const detail = await app.request('GET', `/users/${res.body.id}`, { token: admin.token });
    expect(detail.body).toMatchObject({ status: 'active', invitation: { state: 'accepted' } });
    const audit = await app.dataSource.query(
      `SELECT action, actor_id FROM audit_events WHERE entity_id = $1 ORDER BY id`,
      [res.body.id],
    );
    expect(audit).toEqual([
      { action: 'user.invited', actor_id: admin.id },
      { action: 'user.invitation_accepted', actor_id: res.body.id },
    ]);
  });

  it('invites by phone in French (SMS), resends (the old link dies) and revokes', async () => {
    const res = await invite({ phone: '+224620101010', roles: ['reviewer'], displayName: 'Fatoumata Bah' });
    expect(res.status).toBe(201);
    const first = await awaitMessage(app.outboxFile, '+224620101010', 'account_invitation');
    expect(first).toMatchObject({ channel: 'sms', subject: 'Invitation au Fonds de sécurité communautaire' });

    const resent = await app.request('POST', `/users/${res.body.id}/invitation`, { token: admin.token, body: {} });
    expect(resent.status).toBe(200);
    const second = await awaitMessage(app.outboxFile, '+224620101010', 'account_invitation', 2);
    const old = await app.request('POST', '/auth/invitations/accept', {
      body: { token: tokenIn(first), password: NEW_PASSWORD },
    });
    expect(old.body.code).toBe('INVALID_TOKEN');

    const revoked = await app.request('DELETE', `/users/${res.body.id}/invitation`, { token: admin.token });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ status: 'inactive', invitation: { state: 'revoked' } });
    const late = await app.request('POST', '/auth/invitations/accept', {
      body: { token: tokenIn(second), password: NEW_PASSWORD },
    });
    expect(late.body.code).toBe('INVALID_TOKEN');
  });

  it('refuses an invitation to an existing account, unknown roles and both finance roles', async () => {
    const existing = await app.factory.newUser([Role.AUDITOR]);
    const dup = await invite({ email: existing.email!.toUpperCase(), roles: ['auditor'], displayName: 'X' });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('ACCOUNT_EXISTS');
    const unknown = await invite({ email: 'new1@example.org', roles: ['treasurer'], displayName: 'X' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'roles', code: 'NOT_IN_LIST' })]);
    const both = await invite({
      email: 'new2@example.org',
      roles: ['finance_officer', 'finance_approver'],
      displayName: 'X',
    });
    expect(both.status).toBe(422);
    expect(both.body.code).toBe('SEGREGATION_OF_DUTIES');
    const neither = await invite({ roles: ['auditor'], displayName: 'X' });
    expect(neither.status).toBe(422);
    const notAdmin = await invite(
      { email: 'new3@example.org', roles: ['auditor'], displayName: 'X' },
      (await app.actor([Role.PROGRAM_MANAGER])).token,
    );
    expect(notAdmin.status).toBe(403);
    expect(await app.dataSource.query(`SELECT 1 FROM users WHERE email LIKE 'new_@example.org'`)).toEqual([]);
  });

  it('answers malformed people input with problem+json and changes nothing', async () => {
    const someone = await app.factory.newUser([Role.AUDITOR]);
    const cases: [string, string, unknown, string][] = [
      ['PATCH', `/users/${someone.id}`, { active: 'false' }, 'active'],
      ['PATCH', `/users/${someone.id}`, { roles: [] }, 'roles'],
      ['PATCH', `/users/${someone.id}`, { email: 'x@example.org' }, 'email'],
      ['GET', '/users?active=maybe', undefined, 'active'],
      ['GET', '/users?limit=0', undefined, 'limit'],
      ['POST', '/users/invitations', { email: 'not-an-email', roles: ['auditor'], displayName: 'X' }, 'email'],
      ['POST', '/users/invitations', { phone: '0620000000', roles: ['auditor'], displayName: 'X' }, 'phone'],
      ['POST', '/auth/password-reset', { email: 'a@b.c', phone: '+224620000000' }, 'phone'],
      ['POST', '/auth/invitations/accept', { token: 'x', password: 'y'.repeat(129) }, 'password'],
    ];
    for (const [method, path, body, field] of cases) {
      const res = await app.request(method, path, { token: admin.token, body });
      expect([res.status, res.headers.get('content-type')]).toEqual([
        422,
        expect.stringContaining('application/problem+json'),
      ]);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect((await app.request('GET', '/users/not-a-uuid', { token: admin.token })).status).toBe(404);
    expect(
      (await app.request('GET', '/users/00000000-0000-4000-8000-000000000000', { token: admin.token })).status,
    ).toBe(404);
    const [after] = await app.dataSource.query('SELECT roles, active, email FROM users WHERE id = $1', [someone.id]);
    expect(after).toEqual({ roles: ['auditor'], active: true, email: someone.email });
  });

  it('lets a program manager list reviewers and chairs by name, and nobody else', async () => {
    const pm = await app.actor([Role.PROGRAM_MANAGER]);
    const tag = `zq${Date.now()}`;
    const reviewers = [];
    for (const name of ['Aminata', 'Boubacar', 'Cheick'])
      reviewers.push(await app.factory.newUser([Role.REVIEWER], { displayName: `${name} ${tag}` }));
    await app.factory.newUser([Role.FINANCE_OFFICER], { displayName: `Finance ${tag}` });

    const page1 = await app.request('GET', `/users?role=reviewer&q=${tag}&limit=2`, { token: pm.token });
    expect(page1.status).toBe(200);
    expect(page1.body.items.map((u: { displayName: string }) => u.displayName)).toEqual([
      `Cheick ${tag}`,
      `Boubacar ${tag}`,
    ]);
    const page2 = await app.request('GET', `/users?role=reviewer&q=${tag}&limit=2&cursor=${page1.body.nextCursor}`, {
      token: pm.token,
    });
    expect(page2.body).toEqual({
      items: [expect.objectContaining({ displayName: `Aminata ${tag}`, roles: ['reviewer'] })],
      nextCursor: null,
    });

    // Without a role filter a programme manager still sees panel roles only; asking for others is refused.
    const all = await app.request('GET', `/users?q=${tag}`, { token: pm.token });
    expect(all.body.items).toHaveLength(3);
    expect((await app.request('GET', '/users?role=admin', { token: pm.token })).status).toBe(403);
    const asAdmin = await app.request('GET', `/users?q=${tag}`, { token: admin.token });
    expect(asAdmin.body.items).toHaveLength(4);
    expect((await app.request('GET', `/users/${reviewers[0].id}`, { token: pm.token })).status).toBe(403);
  });

  it('deactivation ends every session at once; reactivation does not revive old tokens', async () => {
    const { user, token } = await app.actor([Role.FINANCE_OFFICER]);
    expect((await app.request('GET', '/me', { token })).status).toBe(200);
    const off = await app.request('PATCH', `/users/${user.id}`, { token: admin.token, body: { active: false } });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ active: false, status: 'inactive' });
    expect((await app.request('GET', '/me', { token })).status).toBe(401);
    expect((await app.request('POST', '/auth/login', { body: { email: user.email, password: PASSWORD } })).status).toBe(
      401,
    );

    await app.request('PATCH', `/users/${user.id}`, { token: admin.token, body: { active: true } });
    expect((await app.request('GET', '/me', { token })).status).toBe(401);
    expect((await app.request('GET', '/me', { token: await app.login(user.email!) })).status).toBe(200);

    const [event] = await app.dataSource.query(
      `SELECT actor_id, from_state, to_state, data FROM audit_events WHERE entity_id = $1 AND action = 'user.deactivated'`,
      [user.id],
    );
    expect(event).toMatchObject({
      actor_id: admin.id,
      from_state: 'active',
      to_state: 'inactive',
      data: { before: { active: true }, after: { active: false } },
    });
  });

  it('keeps one active admin and never both finance roles on one person', async () => {
    // This file's admin is the only one: it may neither demote nor deactivate itself.
    const others = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM users WHERE active AND 'admin' = ANY(roles)`,
    );
    expect(others[0].n).toBe(1);
    const demote = await app.request('PATCH', `/users/${admin.id}`, {
      token: admin.token,
      body: { roles: ['auditor'] },
    });
    expect(demote.status).toBe(409);
    expect(demote.body.code).toBe('LAST_ADMIN');
    expect(
      (await app.request('PATCH', `/users/${admin.id}`, { token: admin.token, body: { active: false } })).body.code,
    ).toBe('LAST_ADMIN');

    const second = await app.factory.newUser([Role.ADMIN]);
    const ok = await app.request('PATCH', `/users/${second.id}`, {
      token: admin.token,
      body: { roles: ['auditor', 'admin'], displayName: 'Deuxième admin' },
    });
    expect(ok.status).toBe(200);
    expect(
      (await app.request('PATCH', `/users/${second.id}`, { token: admin.token, body: { roles: ['auditor'] } })).status,
    ).toBe(200);

    const officer = await app.factory.newUser([Role.FINANCE_OFFICER]);
    const both = await app.request('PATCH', `/users/${officer.id}`, {
      token: admin.token,
      body: { roles: ['finance_officer', 'finance_approver'] },
    });
    expect(both.status).toBe(422);
    expect(both.body.code).toBe('SEGREGATION_OF_DUTIES');
    // The database refuses it too, whatever writes it.
    await expect(
      app.dataSource.query(`UPDATE users SET roles = '{finance_officer,finance_approver}' WHERE id = $1`, [officer.id]),
    ).rejects.toMatchObject({
      driverError: expect.objectContaining({ constraint: 'users_finance_segregation' }),
    });
    expect(
      (await app.request('PATCH', `/users/${officer.id}`, { token: admin.token, body: { roles: ['treasurer'] } }))
        .status,
    ).toBe(422);
  });

  it('answers a reset request the same for known and unknown accounts, and the link works once', async () => {
    const { user, token: oldSession } = await app.actor([Role.AUDITOR]);
    const known = await app.request('POST', '/auth/password-reset', { body: { email: user.email } });
    const unknown = await app.request('POST', '/auth/password-reset', { body: { email: 'nobody-here@example.org' } });
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(known.body).toEqual(unknown.body);
    expect([...known.headers.keys()].filter((h) => !['date', 'x-request-id', 'etag'].includes(h))).toEqual(
      [...unknown.headers.keys()].filter((h) => !['date', 'x-request-id', 'etag'].includes(h)),
    );

    const message = await awaitMessage(app.outboxFile, user.email!, 'password_reset');
    expect(message.text).toContain('/reset-password?token=');
    expect(readOutbox(app.outboxFile).filter((m) => m.to === 'nobody-here@example.org')).toEqual([]);

    const token = tokenIn(message);
    const weak = await app.request('POST', '/auth/password-reset/confirm', {
      body: { token, newPassword: 'qwertyuiop' },
    });
    expect(weak.body).toMatchObject({ code: 'WEAK_PASSWORD', errors: [{ field: 'newPassword', code: 'COMMON' }] });
    const done = await app.request('POST', '/auth/password-reset/confirm', {
      body: { token, newPassword: NEW_PASSWORD },
    });
    expect(done.status).toBe(200);
    expect(
      (await app.request('POST', '/auth/password-reset/confirm', { body: { token, newPassword: NEW_PASSWORD } })).body
        .code,
    ).toBe('INVALID_TOKEN');
    expect((await app.request('GET', '/me', { token: oldSession })).status).toBe(401);
    expect((await app.request('POST', '/auth/login', { body: { email: user.email, password: PASSWORD } })).status).toBe(
      401,
    );
    await app.login(user.email!, NEW_PASSWORD);
  });

  it('expires every kind of link', async () => {
    const invited = await invite({ email: 'late-invitee@example.org', roles: ['auditor'], displayName: 'Late' });
    const invitation = tokenIn(await awaitMessage(app.outboxFile, 'late-invitee@example.org', 'account_invitation'));
    const { user } = await app.actor([Role.AUDITOR]);
    await app.request('POST', '/auth/password-reset', { body: { email: user.email } });
    const reset = tokenIn(await awaitMessage(app.outboxFile, user.email!, 'password_reset'));
    const [{ hours }] = await app.dataSource.query(
      `SELECT round(extract(epoch FROM expires_at - created_at) / 3600)::int AS hours FROM one_time_tokens WHERE user_id = $1`,
      [user.id],
    );
    expect(hours).toBe(1);

    await app.dataSource.query(
      `UPDATE one_time_tokens SET expires_at = now() - interval '1 second' WHERE user_id IN ($1, $2)`,
      [invited.body.id, user.id],
    );
    expect(
      (await app.request('POST', '/auth/invitations/accept', { body: { token: invitation, password: NEW_PASSWORD } }))
        .body.code,
    ).toBe('INVALID_TOKEN');
    expect(
      (await app.request('POST', '/auth/password-reset/confirm', { body: { token: reset, newPassword: NEW_PASSWORD } }))
        .body.code,
    ).toBe('INVALID_TOKEN');
    expect((await app.request('GET', `/users/${invited.body.id}`, { token: admin.token })).body.invitation.state).toBe(
      'expired',
    );
  });

  it('changes the password with the current one, and signs out everywhere', async () => {
    const { user, token } = await app.actor([Role.COMMITTEE_CHAIR]);
    const other = await app.login(user.email!);
    const wrong = await app.request('POST', '/auth/password', {
      token,
      body: { currentPassword: 'not-it-at-all', newPassword: NEW_PASSWORD },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'currentPassword', code: 'MISMATCH' })]);
    const short = await app.request('POST', '/auth/password', {
      token,
      body: { currentPassword: PASSWORD, newPassword: 'short' },
    });
    expect(short.body).toMatchObject({ code: 'WEAK_PASSWORD', errors: [{ field: 'newPassword', code: 'TOO_SHORT' }] });

    const changed = await app.request('POST', '/auth/password', {
      token,
      body: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
    });
    expect(changed.status).toBe(200);
    expect((await app.request('GET', '/me', { token: other })).status).toBe(401);
    const fresh = changed.body.accessToken;
    expect((await app.request('GET', '/me', { token: fresh })).status).toBe(200);

    expect((await app.request('POST', '/auth/logout', { token: fresh })).status).toBe(204);
    expect((await app.request('GET', '/me', { token: fresh })).status).toBe(401);
  });

  it('rehashes a password stored with older Argon2 parameters at sign-in', async () => {
    const user = await app.factory.newUser([Role.AUDITOR], {
      passwordHash: await argon2.hash(PASSWORD, {
        type: argon2.argon2id,
        memoryCost: 4096,
        timeCost: 3,
        parallelism: 1,
      }),
    });
    await app.login(user.email!);
    const [{ password_hash }] = await app.dataSource.query('SELECT password_hash FROM users WHERE id = $1', [user.id]);
    expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });

  it('enrols a TOTP second factor, then asks for it at sign-in; a recovery code works once', async () => {
    const { user, token } = await app.actor([Role.FINANCE_APPROVER]);
    const setup = await app.request('POST', '/auth/2fa/setup', { token });
    expect(setup.status).toBe(200);
    expect(setup.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    expect(setup.body.qrCode).toMatch(/^data:image\/png;base64,/);
    const [{ totp_secret }] = await app.dataSource.query('SELECT totp_secret FROM users WHERE id = $1', [user.id]);
    expect(totp_secret).not.toContain(setup.body.secret);

    expect((await app.request('POST', '/auth/2fa/enable', { token, body: { code: '000000' } })).status).toBe(422);
    const enabled = await app.request('POST', '/auth/2fa/enable', {
      token,
      body: { code: totpCode(setup.body.secret) },
    });
    expect(enabled.status).toBe(200);
    expect(enabled.body.recoveryCodes).toHaveLength(10);
    expect((await app.request('POST', '/auth/2fa/setup', { token })).status).toBe(409);

    const login = (extra: Record<string, string>) =>
      app.request('POST', '/auth/login', { body: { email: user.email, password: PASSWORD, ...extra } });
    const missing = await login({});
    expect(missing.status).toBe(401);
    expect(missing.body.code).toBe('TOTP_REQUIRED');
    expect((await login({ totp: '123456' })).body.code).toBe('TOTP_INVALID');
    // The enrolment used this period's code: the next period's is accepted (one step of clock drift), once.
    const next = totpCode(setup.body.secret, 1);
    expect((await login({ totp: next })).status).toBe(200);
    expect((await login({ totp: next })).body.code).toBe('TOTP_INVALID');

    const recovery = enabled.body.recoveryCodes[3].toLowerCase();
    expect((await login({ recoveryCode: recovery })).status).toBe(200);
    expect((await login({ recoveryCode: recovery })).body.code).toBe('TOTP_INVALID');
    expect((await app.request('GET', `/users/${user.id}`, { token: admin.token })).body.secondFactorEnabled).toBe(true);
  });

  it('creates the first administrator from the command line; the printed link activates the account', async () => {
    const run = (args: string[]) => adminCommand(app, args);
    const created = await run([
      'create-user',
      '--email',
      'First.Admin@example.org',
      '--role',
      'admin',
      '--name',
      'Première administratrice',
    ]);
    expect(created).toMatchObject({ code: 0 });
    const link = /https:\/\/csf\.example\.org\/invitation\?token=([A-Za-z0-9_-]+)/.exec(created.stdout);
    expect(link).not.toBeNull();

    const again = await run(['create-user', '--email', 'first.admin@example.org', '--role', 'admin']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('ACCOUNT_EXISTS');

    const accepted = await app.request('POST', '/auth/invitations/accept', {
      body: { token: link![1], password: NEW_PASSWORD },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user).toMatchObject({
      email: 'first.admin@example.org',
      roles: ['admin'],
      displayName: 'Première administratrice',
    });
    const listed = await app.request('GET', '/users?role=admin', { token: accepted.body.accessToken });
    expect(listed.status).toBe(200);

    const users = await run(['list-users']);
    expect(users.stdout).toMatch(/first\.admin@example\.org\tPremière administratrice\tadmin\tactive/);
    const reset = await run(['reset-link', '--email', 'first.admin@example.org']);
    const resetToken = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(reset.stdout)![1];
    expect(
      (
        await app.request('POST', '/auth/password-reset/confirm', {
          body: { token: resetToken, newPassword: 'encore un autre mot de passe' },
        })
      ).status,
    ).toBe(200);

    // An operator removes a lost second factor: sign-in no longer asks for a code.
    const admin2 = await app.login('first.admin@example.org', 'encore un autre mot de passe');
    const setup = await app.request('POST', '/auth/2fa/setup', { token: admin2 });
    await app.request('POST', '/auth/2fa/enable', { token: admin2, body: { code: totpCode(setup.body.secret) } });
    const asked = await app.request('POST', '/auth/login', {
      body: { email: 'first.admin@example.org', password: 'encore un autre mot de passe' },
    });
    expect(asked.body.code).toBe('TOTP_REQUIRED');
    expect((await run(['reset-2fa', '--email', 'first.admin@example.org'])).code).toBe(0);
    expect((await app.request('GET', '/me', { token: admin2 })).status).toBe(401);
    await app.login('first.admin@example.org', 'encore un autre mot de passe');
  }, 60_000);
});

describe('second factor required by role (REQUIRE_2FA_ROLES)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ REQUIRE_2FA_ROLES: 'finance_officer,admin' }, { worker: false });
  });
  afterAll(() => app?.stop());

  it('opens only enrolment to a person in a required role until they enrol', async () => {
    const { user, token } = await app.actor([Role.FINANCE_OFFICER]);
    const blocked = await app.request('GET', '/grants', { token });
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('TOTP_ENROLMENT_REQUIRED');
    expect((await app.request('GET', '/me', { token })).status).toBe(200);
    const setup = await app.request('POST', '/auth/2fa/setup', { token });
    await app.request('POST', '/auth/2fa/enable', { token, body: { code: totpCode(setup.body.secret) } });
    expect((await app.request('GET', '/grants', { token })).status).toBe(200);
    const signIn = await app.request('POST', '/auth/login', { body: { email: user.email, password: PASSWORD } });
    expect(signIn.body.code).toBe('TOTP_REQUIRED');

    const reviewer = await app.actor([Role.REVIEWER]);
    expect((await app.request('GET', '/reviews/assignments', { token: reviewer.token })).status).toBe(200);
  });
});

describe('first deployment: from zero users to a submitted proposal, with the production second-factor roles', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ REQUIRE_2FA_ROLES: 'finance_officer,finance_approver,admin' });
  });
  afterAll(() => app?.stop());

  /** Sets the password from the link, enrols TOTP when the role requires it, and signs in as a person would. */
  async function acceptInvitation(to: string, login: Record<string, string>, twoFactor: boolean): Promise<string> {
    const token = tokenIn(await awaitMessage(app.outboxFile, to, 'account_invitation'));
    const accepted = await app.request('POST', '/auth/invitations/accept', { body: { token, password: NEW_PASSWORD } });
    expect(accepted.status).toBe(200);
    if (!twoFactor) return accepted.body.accessToken;
    return enrolAndSignIn(accepted.body.accessToken, login);
  }

  async function enrolAndSignIn(token: string, login: Record<string, string>): Promise<string> {
    expect((await app.request('GET', '/grants', { token })).body.code).toBe('TOTP_ENROLMENT_REQUIRED');
    const setup = await app.request('POST', '/auth/2fa/setup', { token });
    expect(
      (await app.request('POST', '/auth/2fa/enable', { token, body: { code: totpCode(setup.body.secret) } })).status,
    ).toBe(200);
    const signIn = await app.request('POST', '/auth/login', {
      body: { ...login, password: NEW_PASSWORD, totp: totpCode(setup.body.secret, 1) },
    });
    expect(signIn.status).toBe(200);
    return signIn.body.accessToken;
  }

  // The "Done when", end to end: the admin command and HTTP only — no factory, no SQL write.
  it('creates the admin by command, who invites managers, finance with 2FA and reviewers chosen by name; a women’s association registered by phone submits', async () => {
    expect(await app.dataSource.query('SELECT 1 FROM users')).toEqual([]);
    const created = await adminCommand(app, ['create-user', '--email', 'admin@csf.example.org', '--role', 'admin']);
    const link = /token=([A-Za-z0-9_-]+)/.exec(created.stdout)![1];
    const accepted = await app.request('POST', '/auth/invitations/accept', {
      body: { token: link, password: NEW_PASSWORD },
    });
    const blocked = await app.request('GET', '/users', { token: accepted.body.accessToken });
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('TOTP_ENROLMENT_REQUIRED');
    const admin = await enrolAndSignIn(accepted.body.accessToken, { email: 'admin@csf.example.org' });

    const invite = async (body: Record<string, unknown>) =>
      expect((await app.request('POST', '/users/invitations', { token: admin, body })).status).toBe(201);
    await invite({ email: 'pm@csf.example.org', roles: ['program_manager'], displayName: 'Mariama Diallo' });
    await invite({
      email: 'officer@csf.example.org',
      roles: ['finance_officer'],
      displayName: 'Ibrahima Sow',
      language: 'en',
    });
    await invite({ phone: '+224620303030', roles: ['finance_approver'], displayName: 'Kadiatou Barry' });
    const names = ['Alpha Condé', 'Binta Camara', 'Cellou Baldé'];
    for (const [i, name] of names.entries())
      await invite({ email: `reviewer${i + 1}@csf.example.org`, roles: ['reviewer'], displayName: name });

    const pm = await acceptInvitation('pm@csf.example.org', { email: 'pm@csf.example.org' }, false);
    const officer = await acceptInvitation('officer@csf.example.org', { email: 'officer@csf.example.org' }, true);
    const approver = await acceptInvitation('+224620303030', { phone: '+224620303030' }, true);
    for (const i of [1, 2, 3])
      await acceptInvitation(`reviewer${i}@csf.example.org`, { email: `reviewer${i}@csf.example.org` }, false);
    expect((await app.request('GET', '/grants', { token: officer })).status).toBe(200);
    expect((await app.request('GET', '/grants', { token: approver })).status).toBe(200);

    const round = await app.request('POST', '/rounds', {
      token: pm,
      body: {
        name: { fr: 'Fonds 2027', en: 'Fund 2027' },
        description: {
          fr: 'Projets de quartier pour des rues plus sûres.',
          en: 'Neighbourhood projects for safer streets.',
        },
        currency: 'GNF',
        budgetEnvelope: 900_000_000,
        maxAward: 60_000_000,
        // Open now, whatever day the test runs.
        eligibleRegions: ['conakry'],
        opensAt: new Date(Date.now() - 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 90 * 86_400_000).toISOString(),
        tranchePlan: [40, 40, 20],
        rubric: [{ key: 'relevance', label: { fr: 'Pertinence', en: 'Relevance' }, weight: 100, maxScore: 5 }],
        reviewersPerProposal: 3,
        approvalThreshold: 60,
        durations: {
          screening: '5 days',
          review: '10 days',
          reviewReminder: '7 days',
          decision: '7 days',
          agreement: '14 days',
          revision: '21 days',
          reportPeriod: '90 days',
          reportReminder: '7 days',
          reportGrace: '14 days',
          atRisk: '30 days',
        },
      },
    });
    expect(round.status).toBe(201);
    const reviewers = await app.request('GET', '/users?role=reviewer&active=true', { token: pm });
    expect(reviewers.body.items.map((u: { displayName: string }) => u.displayName).sort()).toEqual(names);
    const panel = await app.request('PUT', `/rounds/${round.body.id}/panel`, {
      token: pm,
      body: { reviewerIds: reviewers.body.items.map((u: { id: string }) => u.id) },
    });
    expect(panel.status).toBe(200);
    expect(panel.body.reviewerIds).toHaveLength(3);

    // The call is public; a women's association finds it, registers by phone and confirms with the code it received.
    const call = await app.request('GET', `/public/rounds/${round.body.id}`);
    expect(call.body).toMatchObject({
      status: 'open',
      description: { en: 'Neighbourhood projects for safer streets.' },
    });
    const phone = '+224620404040';
    const registered = await app.request('POST', '/auth/register', {
      body: { phone, password: NEW_PASSWORD, displayName: 'Fatoumata Bangoura', language: 'fr' },
    });
    expect(registered.status).toBe(202);
    const code = /\b(\d{6})\b/.exec((await awaitMessage(app.outboxFile, phone, 'account_verification_code')).text)?.[1];
    const verified = await app.request('POST', '/auth/verify', { body: { phone, code } });
    expect(verified.status).toBe(200);
    expect(verified.body.user).toMatchObject({ phone, roles: ['applicant'], organizationId: null });
    const applicant = verified.body.accessToken;

    const org = await app.request('POST', '/organizations', {
      token: applicant,
      body: {
        name: 'Association des femmes de Ratoma',
        type: 'womens_association',
        region: 'conakry',
        commune: 'ratoma',
        phone,
      },
    });
    expect(org.status).toBe(201);
    expect(org.body).toMatchObject({ type: 'womens_association', status: 'pending_verification' });

    const draft = await app.request('POST', '/proposals', {
      token: applicant,
      body: { roundId: round.body.id, title: 'Éclairage du marché de Ratoma' },
    });
    expect(draft.status).toBe(201);
    const content = { ...proposalBody(round.body.id, { commune: 'ratoma', title: 'Éclairage du marché de Ratoma' }) };
    delete content.roundId;
    expect(
      (await app.request('PATCH', `/proposals/${draft.body.id}`, { token: applicant, body: content })).status,
    ).toBe(200);
    expect((await app.request('POST', `/proposals/${draft.body.id}/submit`, { token: applicant })).body.code).toBe(
      'ORGANIZATION_NOT_VERIFIED',
    );

    const pending = await app.request('GET', '/organizations?status=pending_verification', { token: pm });
    expect(pending.body.items.map((o: { id: string }) => o.id)).toEqual([org.body.id]);
    const verify = await app.request('POST', `/organizations/${org.body.id}/verify`, {
      token: pm,
      body: { verified: true, note: 'Récépissé de déclaration vu.' },
    });
    expect(verify.status).toBe(200);
    expect(verify.body.status).toBe('verified');

    const submitted = await app.request('POST', `/proposals/${draft.body.id}/submit`, { token: applicant });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'screening', workflowId: expect.any(String) });
    // The programme manager sees it in the screening queue, moved there by the proposal workflow's activity.
    const queue = await app.request('GET', `/proposals?status=screening`, { token: pm });
    expect(queue.body.items.map((p: { id: string }) => p.id)).toEqual([draft.body.id]);
    const history = await app.request('GET', `/proposals/${draft.body.id}/history`, { token: pm });
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['proposal.submitted', 'proposal.screening_started']),
    );
  }, 120_000);
});
