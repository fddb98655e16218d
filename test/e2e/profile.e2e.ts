import { Role } from '@csf/domain';
import { TestApp } from '../support/app';
import { PASSWORD } from '../support/factory';

/** PATCH /me: a person changes their own name and language, nothing else (issue 11: the language the profile remembers). */
describe('own profile (PATCH /me, e2e)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app?.stop());

  const row = async (id: string) =>
    (
      await app.dataSource.query(`SELECT display_name, language, roles, organization_id FROM users WHERE id = $1`, [id])
    )[0];

  it('changes the caller’s own name and language, seen by GET /me and at the next sign-in, with an audit event', async () => {
    const org = await app.factory.newOrganization({ name: 'Femmes de Ratoma' });
    const { user, token } = await app.actor([Role.APPLICANT], org.id);

    const changed = await app.request('PATCH', '/me', {
      token,
      body: { displayName: '  Hawa Soumah ', language: 'en' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      id: user.id,
      displayName: 'Hawa Soumah',
      language: 'en',
      roles: ['applicant'],
      organizationId: org.id,
    });
    expect((await app.request('GET', '/me', { token })).body).toMatchObject({
      displayName: 'Hawa Soumah',
      language: 'en',
    });
    expect(
      (await app.request('POST', '/auth/login', { body: { email: user.email, password: PASSWORD } })).body.user,
    ).toMatchObject({ displayName: 'Hawa Soumah', language: 'en' });

    const events = await app.dataSource.query(
      `SELECT action, actor_id, data FROM audit_events WHERE entity_id = $1 ORDER BY id`,
      [user.id],
    );
    expect(events.filter((e: { action: string }) => e.action === 'user.profile_updated')).toEqual([
      {
        action: 'user.profile_updated',
        actor_id: user.id,
        data: {
          before: { displayName: user.displayName, language: 'fr' },
          after: { displayName: 'Hawa Soumah', language: 'en' },
        },
      },
    ]);

    // The language alone; the same value again changes nothing and writes no event.
    expect((await app.request('PATCH', '/me', { token, body: { language: 'fr' } })).body).toMatchObject({
      displayName: 'Hawa Soumah',
      language: 'fr',
    });
    expect((await app.request('PATCH', '/me', { token, body: { language: 'fr' } })).status).toBe(200);
    const [{ count }] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_events WHERE entity_id = $1 AND action = 'user.profile_updated'`,
      [user.id],
    );
    expect(count).toBe(2);
  });

  it('refuses roles, organisation, contact details and bad values with field errors, and changes nothing', async () => {
    const { user, token } = await app.actor([Role.REVIEWER]);
    const before = await row(user.id);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ language: 'de' }, 'language', 'NOT_IN_LIST'],
      [{ displayName: '   ' }, 'displayName', 'REQUIRED'],
      [{ displayName: 'x'.repeat(201) }, 'displayName', 'TOO_LONG'],
      [{ displayName: 42 }, 'displayName', 'INVALID'],
      [{ roles: ['admin'] }, 'roles', 'UNKNOWN_FIELD'],
      [{ organizationId: '00000000-0000-4000-8000-000000000000' }, 'organizationId', 'UNKNOWN_FIELD'],
      [{ email: 'autre@example.org' }, 'email', 'UNKNOWN_FIELD'],
    ];
    for (const [body, field, code] of cases) {
      const res = await app.request('PATCH', '/me', { token, body: { language: 'en', ...body } });
      expect([JSON.stringify(body), res.status, res.headers.get('content-type')]).toEqual([
        JSON.stringify(body),
        422,
        expect.stringContaining('application/problem+json'),
      ]);
      expect(res.body.errors).toEqual([expect.objectContaining({ field, code })]);
    }
    expect(await row(user.id)).toEqual(before);
    expect((await app.request('PATCH', '/me', { body: { language: 'en' } })).status).toBe(401);
  });
});
