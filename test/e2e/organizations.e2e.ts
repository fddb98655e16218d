import { Role } from '@csf/domain';
import { TestApp } from '../support/app';

const orgBody = (overrides: Record<string, unknown> = {}) => ({
  name: 'Jeunesse citoyenne de Labé',
  type: 'youth_group',
  region: 'labe',
  commune: 'labe-centre',
  phone: '+224620004455',
  registrationNumber: 'RCCM/GN/2024/042',
  ...overrides,
});

describe('organisations: verification, members and staff search (e2e)', () => {
  let app: TestApp;
  let pm: string;

  beforeAll(async () => {
    app = await TestApp.start({}, { worker: false });
    pm = (await app.actor([Role.PROGRAM_MANAGER])).token;
  });
  afterAll(() => app?.stop());

  /** An applicant without an organisation creates one: it is its only member, pending verification. */
  async function founder(overrides: Record<string, unknown> = {}) {
    const { user, token } = await app.actor([Role.APPLICANT]);
    const org = await app.request('POST', '/organizations', { token, body: orgBody(overrides) });
    expect(org.status).toBe(201);
    return { user, token, org: org.body };
  }

  it('lets a programme manager verify or refuse an organisation with a reason, tells the members and audits it', async () => {
    const { token, org, user } = await founder();
    expect(org.status).toBe('pending_verification');

    const noReason = await app.request('POST', `/organizations/${org.id}/verify`, {
      token: pm,
      body: { verified: false },
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason', code: 'REQUIRED' })]);
    expect(
      (await app.request('POST', `/organizations/${org.id}/verify`, { token, body: { verified: true } })).status,
    ).toBe(403);

    const refused = await app.request('POST', `/organizations/${org.id}/verify`, {
      token: pm,
      body: { verified: false, reason: 'Récépissé illisible.' },
    });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ status: 'refused', refusalReason: 'Récépissé illisible.' });
    const again = await app.request('POST', `/organizations/${org.id}/verify`, {
      token: pm,
      body: { verified: false, reason: 'Toujours.' },
    });
    expect(again.status).toBe(409);

    // The correction the refusal asked for sends it back to verification.
    const corrected = await app.request('PATCH', `/organizations/${org.id}`, {
      token,
      body: { registrationNumber: 'RCCM/GN/2024/043' },
    });
    expect(corrected.body).toMatchObject({ status: 'pending_verification', registrationNumber: 'RCCM/GN/2024/043' });
    const verified = await app.request('POST', `/organizations/${org.id}/verify`, {
      token: pm,
      body: { verified: true, note: 'Récépissé n° 43 vu.' },
    });
    expect(verified.body).toMatchObject({
      status: 'verified',
      refusalReason: null,
      verificationNote: 'Récépissé n° 43 vu.',
    });

    // Contact details change freely; who the organisation is does not, without a new verification.
    const phone = await app.request('PATCH', `/organizations/${org.id}`, { token, body: { phone: '+224620004456' } });
    expect(phone.body).toMatchObject({ status: 'verified', phone: '+224620004456' });
    const renamed = await app.request('PATCH', `/organizations/${org.id}`, { token, body: { name: 'Autre nom' } });
    expect(renamed.body).toMatchObject({ status: 'pending_verification', verifiedAt: null });

    const kinds = await app.dataSource.query(
      'SELECT kind FROM notifications WHERE recipient_id = $1 ORDER BY created_at, id',
      [user.id],
    );
    expect(kinds.map((k: { kind: string }) => k.kind)).toEqual(['organization_refused', 'organization_verified']);
    const actions = await app.dataSource.query(
      `SELECT action, from_state, to_state FROM audit_events WHERE entity_type = 'organization' AND entity_id = $1 ORDER BY id`,
      [org.id],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'organization.created',
      'organization.refused',
      'organization.updated',
      'organization.verified',
      'organization.updated',
      'organization.updated',
    ]);
    expect(actions[5]).toMatchObject({ from_state: 'verified', to_state: 'pending_verification' });
  });

  it('invites a member by phone, who joins after registering; removes members but never the last one', async () => {
    const {
      token,
      org,
      user: first,
    } = await founder({ name: 'Femmes unies de Kindia', region: 'kindia', commune: 'kindia-centre' });
    const invited = await app.request('POST', `/organizations/${org.id}/members/invitations`, {
      token,
      body: { phone: '+224620006677' },
    });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({
      organizationId: org.id,
      phone: '+224620006677',
      email: null,
      link: expect.stringContaining('token='),
    });
    const invitationToken = new URL(invited.body.link).searchParams.get('token')!;
    const [{ token_hash }] = await app.dataSource.query(
      'SELECT token_hash FROM organization_invitations WHERE id = $1',
      [invited.body.id],
    );
    expect(token_hash).not.toContain(invitationToken);

    // Someone else (with another phone) cannot use the link.
    const stranger = await app.actor([Role.APPLICANT]);
    const refused = await app.request('POST', '/organizations/invitations/accept', {
      token: stranger.token,
      body: { token: invitationToken },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('ORGANIZATION_INVITATION_INVALID');

    const second = await app.factory.newUser([Role.APPLICANT], { phone: '+224620006677' });
    const secondToken = await app.login(second.email);
    const joined = await app.request('POST', '/organizations/invitations/accept', {
      token: secondToken,
      body: { token: invitationToken },
    });
    expect(joined.status).toBe(200);
    expect(joined.body.members.map((m: { id: string }) => m.id)).toEqual([first.id, second.id]);
    expect(joined.body.members[0]).not.toHaveProperty('passwordHash');
    expect((await app.request('GET', '/me', { token: secondToken })).body.organizationId).toBe(org.id);
    // Used once.
    const reused = await app.request('POST', '/organizations/invitations/accept', {
      token: stranger.token,
      body: { token: invitationToken },
    });
    expect(reused.body.code).toBe('ORGANIZATION_INVITATION_INVALID');

    // Inviting a member already there, and another organisation's member list.
    expect(
      (
        await app.request('POST', `/organizations/${org.id}/members/invitations`, {
          token,
          body: { phone: '+224620006677' },
        })
      ).body.code,
    ).toBe('ALREADY_MEMBER');
    const other = await founder({ name: 'Autre groupe', phone: '+224620004400' });
    expect((await app.request('GET', `/organizations/${org.id}`, { token: other.token })).status).toBe(404);
    expect(
      (await app.request('DELETE', `/organizations/${org.id}/members/${second.id}`, { token: other.token })).status,
    ).toBe(404);
    expect(
      (
        await app.request('POST', `/organizations/${org.id}/members/invitations`, {
          token: other.token,
          body: { phone: '+224620006688' },
        })
      ).status,
    ).toBe(404);

    expect((await app.request('DELETE', `/organizations/${org.id}/members/${other.user.id}`, { token })).status).toBe(
      404,
    );
    expect(
      (await app.request('DELETE', `/organizations/${org.id}/members/${first.id}`, { token: secondToken })).status,
    ).toBe(204);
    const last = await app.request('DELETE', `/organizations/${org.id}/members/${second.id}`, { token: secondToken });
    expect(last.status).toBe(409);
    expect(last.body.code).toBe('LAST_MEMBER');
    // The removed member no longer sees it.
    expect((await app.request('GET', `/organizations/${org.id}`, { token })).status).toBe(404);
  });

  it('lets an invited person join on registration, once the code is confirmed', async () => {
    const { token, org } = await founder({
      name: 'Conseil local de Mamou',
      region: 'mamou',
      commune: 'mamou-centre',
      type: 'local_security_council',
    });
    const invited = await app.request('POST', `/organizations/${org.id}/members/invitations`, {
      token,
      body: { email: 'Mariama.Bah@example.org' },
    });
    const invitationToken = new URL(invited.body.link).searchParams.get('token')!;
    const body = {
      email: 'mariama.bah@example.org',
      password: 'grenier-mangue-2027',
      displayName: 'Mariama Bah',
      language: 'fr',
    };

    const wrong = await app.request('POST', '/auth/register', { body: { ...body, invitationToken: 'x'.repeat(43) } });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('ORGANIZATION_INVITATION_INVALID');
    expect((await app.request('POST', '/auth/register', { body: { ...body, invitationToken } })).status).toBe(202);
    const [{ body: message }] = await app.dataSource.query(
      `SELECT n.body FROM notifications n JOIN users u ON u.id = n.recipient_id WHERE u.email = $1 AND n.kind = 'account_verification_code'`,
      [body.email],
    );
    const code = /\b(\d{6})\b/.exec(message)![1];
    const verified = await app.request('POST', '/auth/verify', { body: { email: body.email, code } });
    expect(verified.status).toBe(200);
    expect(verified.body.user.organizationId).toBe(org.id);
    const members = (await app.request('GET', `/organizations/${org.id}`, { token })).body.members;
    expect(members.map((m: { displayName: string }) => m.displayName)).toContain('Mariama Bah');
  });

  it('lets staff list and search organisations by region, type, status and name, page by page', async () => {
    const a = await founder({
      name: 'Groupe Siguiri Alpha',
      region: 'siguiri',
      commune: 'siguiri-centre',
      type: 'ngo',
    });
    const b = await founder({ name: 'Groupe Siguiri Beta', region: 'siguiri', commune: 'siguiri-centre', type: 'ngo' });
    await app.request('POST', `/organizations/${b.org.id}/verify`, { token: pm, body: { verified: true } });
    const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((o) => o.id);

    expect(ids(await app.request('GET', '/organizations?region=siguiri&type=ngo', { token: pm }))).toEqual([
      b.org.id,
      a.org.id,
    ]);
    expect(ids(await app.request('GET', '/organizations?region=siguiri&status=verified', { token: pm }))).toEqual([
      b.org.id,
    ]);
    expect(ids(await app.request('GET', '/organizations?q=siguiri%20alpha', { token: pm }))).toEqual([a.org.id]);
    expect(ids(await app.request('GET', '/organizations?q=%25', { token: pm }))).toEqual([]);
    const page1 = await app.request('GET', '/organizations?region=siguiri&limit=1', { token: pm });
    const page2 = await app.request('GET', `/organizations?region=siguiri&limit=1&cursor=${page1.body.nextCursor}`, {
      token: pm,
    });
    expect([...ids(page1), ...ids(page2)]).toEqual([b.org.id, a.org.id]);
    expect(page2.body.nextCursor).toBeNull();
    expect((await app.request('GET', '/organizations?status=dormant', { token: pm })).status).toBe(422);
    expect((await app.request('GET', '/organizations', { token: a.token })).status).toBe(403);
  });
});
