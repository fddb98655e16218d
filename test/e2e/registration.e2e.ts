import { Role } from '@csf/domain';
import { TestApp } from '../support/app';
import { proposalBody } from '../support/factory';
import { awaitMessage, readOutbox } from '../support/outbox';

/** A password no common-password list holds. */
const PASSWORD = 'grenier-mangue-2027';

describe('community groups register themselves (e2e)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app?.stop());

  /** Where a person reads the code: the development channel's file, as a person trying the demo would. */
  async function codeSentTo(to: string): Promise<string> {
    const message = await awaitMessage(app.outboxFile, to, 'account_verification_code');
    const code = /\b(\d{6})\b/.exec(message.text)?.[1];
    if (!code) throw new Error(`no code in: ${message.text}`);
    return code;
  }

  const register = (body: Record<string, unknown>) =>
    app.request('POST', '/auth/register', {
      body: { password: PASSWORD, displayName: 'Aïssatou Camara', language: 'fr', ...body },
    });

  it('takes a new group from registration by phone to a submitted proposal, once a programme manager verified it', async () => {
    const phone = '+224620001122';
    const registered = await register({ phone });
    expect(registered.status).toBe(202);
    expect(registered.body).toEqual({ codeValidForSeconds: 900 });

    // Not confirmed yet: the right password says so, a wrong one is just wrong.
    const early = await app.request('POST', '/auth/login', { body: { phone, password: PASSWORD } });
    expect(early.status).toBe(403);
    expect(early.body.code).toBe('ACCOUNT_NOT_VERIFIED');
    expect((await app.request('POST', '/auth/login', { body: { phone, password: 'pas-le-bon-mot' } })).body.code).toBe(
      'INVALID_CREDENTIALS',
    );

    const [{ code_hash }] = await app.dataSource.query(
      'SELECT code_hash FROM verification_codes v JOIN users u ON u.id = v.user_id WHERE u.phone = $1',
      [phone],
    );
    const code = await codeSentTo(phone);
    expect(code_hash).not.toContain(code);
    const [message] = await app.dataSource.query(
      `SELECT language, subject FROM notifications WHERE kind = 'account_verification_code' AND body LIKE $1`,
      [`%${code}%`],
    );
    expect(message).toMatchObject({ language: 'fr', subject: expect.stringContaining('code de confirmation') });

    const verified = await app.request('POST', '/auth/verify', { body: { phone, code } });
    expect(verified.status).toBe(200);
    expect(verified.body.user).toMatchObject({
      phone,
      email: null,
      roles: [Role.APPLICANT],
      organizationId: null,
      displayName: 'Aïssatou Camara',
    });
    // The code served once.
    expect((await app.request('POST', '/auth/verify', { body: { phone, code } })).body.code).toBe('CODE_EXPIRED');

    const login = await app.request('POST', '/auth/login', { body: { phone, password: PASSWORD } });
    expect(login.status).toBe(200);
    const token = login.body.accessToken;

    const org = await app.request('POST', '/organizations', {
      token,
      body: {
        name: 'Association des femmes de Ratoma',
        type: 'womens_association',
        region: 'conakry',
        commune: 'ratoma',
        phone,
        registrationNumber: 'RCCM/GN/2025/117',
      },
    });
    expect(org.status).toBe(201);
    expect(org.body).toMatchObject({
      status: 'pending_verification',
      members: [{ displayName: 'Aïssatou Camara', phone }],
    });

    const round = await app.factory.newRound();
    const draft = await app.request('POST', '/proposals', {
      token,
      body: proposalBody(round.id, { commune: 'ratoma' }),
    });
    expect(draft.status).toBe(201);
    expect(
      (
        await app.request('PATCH', `/proposals/${draft.body.id}`, {
          token,
          body: { title: 'Éclairage du marché de Ratoma' },
        })
      ).status,
    ).toBe(200);
    const early_submit = await app.request('POST', `/proposals/${draft.body.id}/submit`, { token });
    expect(early_submit.status).toBe(422);
    expect(early_submit.body.code).toBe('ORGANIZATION_NOT_VERIFIED');
    expect((await app.request('GET', `/proposals/${draft.body.id}`, { token })).body.status).toBe('draft');

    const pm = (await app.actor([Role.PROGRAM_MANAGER])).token;
    const pending = await app.request('GET', '/organizations?status=pending_verification', { token: pm });
    expect(pending.body.items.map((o: { id: string }) => o.id)).toContain(org.body.id);
    const verify = await app.request('POST', `/organizations/${org.body.id}/verify`, {
      token: pm,
      body: { verified: true, note: 'Récépissé vu.' },
    });
    expect(verify.status).toBe(200);
    expect(verify.body).toMatchObject({
      status: 'verified',
      verificationNote: 'Récépissé vu.',
      verifiedAt: expect.any(String),
    });

    const submitted = await app.request('POST', `/proposals/${draft.body.id}/submit`, { token });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('screening');
  }, 60_000);

  it('answers the same for a new identifier, a pending one and one that already has an account, and tells the owner instead of sending a code', async () => {
    const existing = await app.factory.newUser([Role.APPLICANT], {
      email: 'deja.inscrite@example.org',
      language: 'en',
    });
    const known = await register({ email: 'Deja.Inscrite@example.org' });
    const unknown = await register({ email: 'nouvelle@example.org' });
    const again = await register({ email: 'pending-twice@example.org' });
    expect([known.status, unknown.status, again.status]).toEqual([202, 202, 202]);
    expect(known.body).toEqual(unknown.body);
    expect(known.headers.get('content-type')).toBe(unknown.headers.get('content-type'));

    const sent = await awaitMessage(app.outboxFile, existing.email, 'account_already_registered');
    expect(sent.subject).toBe('You already have an account');
    expect(
      readOutbox(app.outboxFile)
        .filter((m) => m.to === existing.email)
        .map((m) => m.kind),
    ).toEqual(['account_already_registered']);
    expect((await awaitMessage(app.outboxFile, 'nouvelle@example.org', 'account_verification_code')).subject).toMatch(
      /^Votre code de confirmation : \d{6}$/,
    );
    // Its password did not change.
    expect(
      (await app.request('POST', '/auth/login', { body: { email: existing.email, password: PASSWORD } })).body.code,
    ).toBe('INVALID_CREDENTIALS');
  });

  it('throttles messages to one identifier (429 with Retry-After), whether or not it has an account', async () => {
    const existing = await app.factory.newUser([Role.APPLICANT], { phone: '+224620003344' });
    for (const phone of [existing.phone!, '+224620005566']) {
      expect((await register({ phone })).status).toBe(202);
      const second = await register({ phone });
      expect(second.status).toBe(429);
      expect(second.body.code).toBe('RATE_LIMITED');
      expect(Number(second.headers.get('retry-after'))).toBeGreaterThanOrEqual(50);
    }
    // Another identifier is not held back.
    expect((await register({ phone: '+224620007788' })).status).toBe(202);
  });

  it('kills a code at its fifth wrong attempt: even the right code is refused afterwards', async () => {
    const email = 'cinq-essais@example.org';
    expect((await register({ email })).status).toBe(202);
    const code = await codeSentTo(email);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const res = await app.request('POST', '/auth/verify', { body: { email, code: wrong } });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('INVALID_CODE');
    }
    const dead = await app.request('POST', '/auth/verify', { body: { email, code } });
    expect(dead.status).toBe(422);
    expect(dead.body.code).toBe('CODE_EXPIRED');
    const [{ verified_at }] = await app.dataSource.query('SELECT verified_at FROM users WHERE email = $1', [email]);
    expect(verified_at).toBeNull();
  });

  it('refuses a code past its 15 minutes, and a code for an identifier that has none', async () => {
    const phone = '+224620009911';
    expect((await register({ phone })).status).toBe(202);
    const code = await codeSentTo(phone);
    const [{ minutes }] = await app.dataSource.query(
      `SELECT round(extract(epoch FROM v.expires_at - v.created_at) / 60)::int AS minutes FROM verification_codes v JOIN users u ON u.id = v.user_id WHERE u.phone = $1`,
      [phone],
    );
    expect(minutes).toBe(15);
    await app.dataSource.query(
      `UPDATE verification_codes SET expires_at = now() - interval '1 second' WHERE user_id = (SELECT id FROM users WHERE phone = $1)`,
      [phone],
    );
    const expired = await app.request('POST', '/auth/verify', { body: { phone, code } });
    expect(expired.status).toBe(422);
    expect(expired.body.code).toBe('CODE_EXPIRED');
    expect((await app.request('POST', '/auth/verify', { body: { phone: '+224620009912', code } })).body.code).toBe(
      'CODE_EXPIRED',
    );
  });

  it('refuses identifiers that are neither an email nor E.164, weak passwords, and both identifiers at once', async () => {
    const notEmail = await register({ email: 'pas-une-adresse' });
    expect(notEmail.status).toBe(422);
    expect(notEmail.body.errors).toEqual([expect.objectContaining({ field: 'email', code: 'INVALID_EMAIL' })]);
    const notPhone = await app.request('POST', '/auth/login', { body: { phone: '620001122', password: PASSWORD } });
    expect(notPhone.status).toBe(422);
    expect(notPhone.body.errors).toEqual([expect.objectContaining({ field: 'phone', code: 'INVALID_PHONE' })]);
    const none = await app.request('POST', '/auth/login', { body: { password: PASSWORD } });
    expect(none.status).toBe(422);
    const both = await register({ email: 'a@example.org', phone: '+224620001199' });
    expect(both.status).toBe(422);
    const weak = await register({ phone: '+224620001198', password: 'password' });
    expect(weak.status).toBe(422);
    expect(weak.body.code).toBe('WEAK_PASSWORD');
    const [{ count }] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM users WHERE phone IN ('+224620001199', '+224620001198') OR email = 'a@example.org'`,
    );
    expect(count).toBe(0);
  });
});
