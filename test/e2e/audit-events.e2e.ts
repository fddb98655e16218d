import { Role } from '@csf/domain';
import { TestApp } from '../support/app';
import { csvRecords } from '../support/csv';

/**
 * The auditor's search of the whole trail (GET /audit-events) and its export (GET /exports/audit.csv): filters,
 * keyset pages that neither skip nor repeat, bad filters as problem+json, and nobody but auditor and admin.
 */
describe('audit search and audit.csv (e2e)', () => {
  let app: TestApp;
  let admin: { token: string; id: string };
  let auditor: string;
  /** The people the admin invited, in order, and what was done to them. */
  const invited: string[] = [];
  let startedAt: string;

  beforeAll(async () => {
    app = await TestApp.start({}, { worker: false });
    const a = await app.actor([Role.ADMIN]);
    admin = { token: a.token, id: a.user.id };
    auditor = (await app.actor([Role.AUDITOR])).token;
    startedAt = new Date().toISOString();
    for (let i = 0; i < 5; i++) {
      const res = await app.request('POST', '/users/invitations', {
        token: admin.token,
        body: { email: `agent${i}@example.org`, roles: ['program_manager'], displayName: `Agent ${i}` },
      });
      expect(res.status).toBe(201);
      invited.push(res.body.id);
    }
    const renamed = await app.request('PATCH', `/users/${invited[0]}`, {
      token: admin.token,
      body: { displayName: '=HYPERLINK("x")', roles: ['finance_officer'] },
    });
    expect(renamed.status).toBe(200);
    expect(
      (await app.request('PATCH', `/users/${invited[1]}`, { token: admin.token, body: { active: false } })).status,
    ).toBe(200);
  });
  afterAll(() => app?.stop());

  const search = (query: string, token = auditor) => app.request('GET', `/audit-events${query}`, { token });

  it('finds what one person did, newest first, with who they are and the before and after', async () => {
    const res = await search(`?actorId=${admin.id}`);
    expect(res.status).toBe(200);
    const actions = res.body.items.map((e: any) => e.action);
    expect(actions).toEqual([
      'user.deactivated',
      'user.updated',
      'user.invited',
      'user.invited',
      'user.invited',
      'user.invited',
      'user.invited',
    ]);
    const ids = res.body.items.map((e: any) => Number(e.id));
    expect(ids).toEqual([...ids].sort((x, y) => y - x));
    expect(res.body.items[1]).toMatchObject({
      entityType: 'user',
      entityId: invited[0],
      actorId: admin.id,
      actorRole: 'admin',
      actorName: 'Test admin',
      actorEmail: expect.stringMatching(/^admin-.*@test\.example$/),
      data: {
        before: { roles: ['program_manager'], displayName: 'Agent 0' },
        after: { roles: ['finance_officer'], displayName: '=HYPERLINK("x")' },
      },
    });
    expect(res.body.nextCursor).toBeNull();
  });

  it('filters by record, by kind of record, by action and by time range', async () => {
    const one = await search(`?entityType=user&entityId=${invited[1]}`);
    expect(one.body.items.map((e: any) => e.action)).toEqual(['user.deactivated', 'user.invited']);
    expect(one.body.items[0]).toMatchObject({
      fromState: 'invited',
      toState: 'inactive',
      data: { before: { active: true }, after: { active: false } },
    });

    // The same id under another kind of record is nothing.
    expect((await search(`?entityType=grant&entityId=${invited[1]}`)).body.items).toEqual([]);

    const invitations = await search('?action=user.invited');
    expect(invitations.body.items).toHaveLength(5);
    expect(invitations.body.items.every((e: any) => e.action === 'user.invited')).toBe(true);

    const inRange = await search(
      `?from=${encodeURIComponent(startedAt)}&to=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`,
    );
    expect(inRange.body.items.length).toBeGreaterThanOrEqual(7);
    expect(inRange.body.items.every((e: any) => e.occurredAt >= startedAt)).toBe(true);
    const before = await search(`?to=${encodeURIComponent(startedAt)}&action=user.invited`);
    expect(before.body.items).toEqual([]);
    const future = await search(`?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`);
    expect(future.body.items).toEqual([]);
  });

  it('pages by a strict keyset cursor: no event skipped or repeated, the last page says so', async () => {
    const all = (await search('?limit=100')).body.items.map((e: any) => e.id);
    expect(all.length).toBeGreaterThanOrEqual(7);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: any = await search(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((e: any) => e.id));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    expect(seen).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / 2));
    // An event appended meanwhile is before the cursor, not inside the next page.
    const first = await search('?limit=3');
    await app.request('PATCH', `/users/${invited[2]}`, { token: admin.token, body: { displayName: 'Agent deux' } });
    const next = await search(`?limit=3&cursor=${first.body.nextCursor}`);
    expect(next.body.items.map((e: any) => e.id)).toEqual(all.slice(3, 6));
  });

  it('answers a bad filter or cursor with problem+json naming the field', async () => {
    const cases: [string, string, string][] = [
      ['?cursor=abc', 'cursor', 'INVALID_CURSOR'],
      ['?cursor=-1', 'cursor', 'INVALID_CURSOR'],
      ['?cursor=1234567890123456789', 'cursor', 'INVALID_CURSOR'],
      ['?limit=0', 'limit', 'TOO_SMALL'],
      ['?limit=101', 'limit', 'TOO_LARGE'],
      ['?entityType=payment', 'entityType', 'NOT_IN_LIST'],
      ['?entityId=42', 'entityId', 'INVALID'],
      ['?actorId=nobody', 'actorId', 'INVALID'],
      ["?action=user.updated'--", 'action', 'INVALID'],
      ['?from=yesterday', 'from', 'INVALID_DATE'],
      ['?to=2027-02-30T00:00:00Z', 'to', 'INVALID_DATE'],
      ['?from=2027-02-01T00:00:00Z&to=2027-01-01T00:00:00Z', 'to', 'OUT_OF_ORDER'],
      ['?from=2027-01-01T00:00:00Z&to=2027-01-01T00:00:00Z', 'to', 'OUT_OF_ORDER'],
      ['?sort=id', 'sort', 'UNKNOWN_FIELD'],
    ];
    for (const [query, field, code] of cases) {
      for (const path of ['/audit-events', '/exports/audit.csv']) {
        if (path.endsWith('.csv') && (field === 'cursor' || field === 'limit')) continue;
        const res = await app.request('GET', `${path}${query}`, { token: auditor });
        expect({ query, path, status: res.status, type: res.headers.get('content-type') }).toEqual({
          query,
          path,
          status: 422,
          type: expect.stringContaining('application/problem+json'),
        });
        expect(res.body.errors).toEqual([expect.objectContaining({ field, code })]);
      }
    }
  });

  it("exports the same selection as CSV, oldest first, formulas neutralised, headers in the reader's language", async () => {
    const res = await app.request('GET', `/exports/audit.csv?actorId=${admin.id}&entityType=user`, { token: auditor });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="audit.csv"');
    const { header, records } = csvRecords(res.body as string);
    expect(header).toEqual([
      'N° d’événement',
      'Date et heure (UTC)',
      'Action',
      'Type d’objet',
      'Objet',
      'Auteur (identifiant)',
      'Auteur',
      'Courriel de l’auteur',
      'Rôle de l’auteur',
      'État avant',
      'État après',
      'Motif',
      'Requête',
      'Workflow',
      'Données (avant / après, JSON)',
    ]);
    const api = (await search(`?actorId=${admin.id}&entityType=user&limit=100`)).body.items;
    expect(records.map((r) => r['N° d’événement'])).toEqual(api.map((e: any) => e.id).reverse());
    const renamed = records.find((r) => r.Action === 'user.updated' && r.Objet === invited[0])!;
    expect(renamed).toMatchObject({
      Auteur: 'Test admin',
      'Rôle de l’auteur': 'admin',
      'Auteur (identifiant)': admin.id,
    });
    expect(JSON.parse(renamed['Données (avant / après, JSON)'])).toMatchObject({
      after: { displayName: '=HYPERLINK("x")' },
    });
    expect(new Date(renamed['Date et heure (UTC)']).toISOString()).toBe(renamed['Date et heure (UTC)']);
    // A person's name is typed by people: in a cell it is text, never a live formula.
    const odd = await app.factory.newUser([Role.ADMIN], { displayName: '@SUM(A1:A9)' });
    const oddToken = await app.login(odd.email);
    expect(
      (await app.request('PATCH', `/users/${invited[3]}`, { token: oddToken, body: { language: 'en' } })).status,
    ).toBe(200);
    const named = csvRecords(
      (await app.request('GET', `/exports/audit.csv?actorId=${odd.id}`, { token: auditor })).body as string,
    );
    expect(named.records.map((r) => [r.Action, r.Auteur])).toEqual([['user.updated', "'@SUM(A1:A9)"]]);

    const en = await app.request('GET', `/exports/audit.csv?action=user.deactivated`, {
      token: admin.token,
      headers: { 'accept-language': 'en' },
    });
    expect(en.status).toBe(200);
    const english = csvRecords(en.body as string);
    expect(english.header.slice(0, 3)).toEqual(['Event no.', 'Date and time (UTC)', 'Action']);
    expect(english.records.map((r) => r.Record)).toEqual([invited[1]]);

    const nothing = csvRecords(
      (await app.request('GET', `/exports/audit.csv?entityType=grant`, { token: auditor })).body as string,
    );
    expect(nothing.records).toEqual([]);
  });

  it('refuses everyone but the auditor and the admin', async () => {
    for (const role of [
      Role.APPLICANT,
      Role.REVIEWER,
      Role.COMMITTEE_CHAIR,
      Role.PROGRAM_MANAGER,
      Role.FINANCE_OFFICER,
      Role.FINANCE_APPROVER,
    ]) {
      const { token } = await app.actor([role]);
      for (const path of ['/audit-events', '/exports/audit.csv']) {
        const res = await app.request('GET', path, { token });
        expect({ role, path, status: res.status }).toEqual({ role, path, status: 403 });
        expect(res.headers.get('content-type')).toContain('application/problem+json');
      }
    }
    expect((await app.request('GET', '/audit-events')).status).toBe(401);
    expect((await app.request('GET', '/exports/audit.csv')).status).toBe(401);
    expect((await search('', admin.token)).status).toBe(200);
  });
});
