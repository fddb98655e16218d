import { Role } from '@csf/domain';
import { TestApp } from '../support/app';
import { proposalBody } from '../support/factory';

/**
 * GET /proposals/:id/eligibility (issue 11): what a submit would answer now, without submitting — the same code,
 * status and field errors as the submit's problem+json, in the caller's language; for the organisation and staff.
 */
describe('proposal eligibility check (e2e)', () => {
  let app: TestApp;
  let roundId: string;

  beforeAll(async () => {
    app = await TestApp.start();
    roundId = (await app.factory.newRound()).id;
  });
  afterAll(() => app?.stop());

  it('answers what the submit refuses with, field by field, until the draft is fixed; then the submit passes', async () => {
    const org = await app.factory.newOrganization();
    const applicant = (await app.actor([Role.APPLICANT], org.id)).token;
    const pm = (await app.actor([Role.PROGRAM_MANAGER])).token;
    const created = await app.request('POST', '/proposals', {
      token: applicant,
      body: proposalBody(roundId, { summary: undefined, milestones: [], requestedAmount: undefined }),
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const check = (token = applicant, lang = 'fr') =>
      app.request('GET', `/proposals/${id}/eligibility`, { token, headers: { 'accept-language': lang } });
    const submit = () =>
      app.request('POST', `/proposals/${id}/submit`, { token: applicant, headers: { 'accept-language': 'fr' } });
    const sameAsSubmit = async () => {
      const [answer, refused] = [await check(), await submit()];
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        eligible: false,
        code: refused.body.code,
        status: refused.status,
        title: refused.body.title,
        detail: refused.body.detail,
      });
      expect(answer.body.errors).toEqual(refused.body.errors);
      return answer.body;
    };

    // Incomplete: every missing field at once, as the submit names them.
    const incomplete = await sameAsSubmit();
    expect(incomplete.code).toBe('INCOMPLETE_PROPOSAL');
    expect(incomplete.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      ['milestones', 'requestedAmount', 'summary'].sort(),
    );
    expect(incomplete.errors.every((e: { message: string }) => e.message.length > 0)).toBe(true);
    // In English when asked, the same fields; staff read it too; another organisation and a reviewer do not.
    const english = await check(applicant, 'en');
    expect(english.body.errors.map((e: { field: string }) => e.field)).toEqual(
      incomplete.errors.map((e: { field: string }) => e.field),
    );
    expect(english.body.detail).not.toBe(incomplete.detail);
    expect((await check(pm)).body).toEqual(incomplete);
    const other = (await app.actor([Role.APPLICANT], (await app.factory.newOrganization()).id)).token;
    expect((await check(other)).status).toBe(404);
    expect((await check((await app.actor([Role.REVIEWER])).token)).status).toBe(403);

    // Complete, but the requested amount is not the budget's total: the mismatch on requestedAmount.
    const patched = await app.request('PATCH', `/proposals/${id}`, {
      token: applicant,
      body: {
        summary: 'Installer 20 lampadaires solaires.',
        requestedAmount: 40_000_000,
        milestones: [{ title: 'Installation', dueDate: '2027-04-30', deliverable: '20 lampadaires posés' }],
      },
    });
    expect(patched.status).toBe(200);
    const mismatch = await sameAsSubmit();
    expect(mismatch.code).toBe('BUDGET_MISMATCH');
    expect(mismatch.errors).toEqual([expect.objectContaining({ field: 'requestedAmount', code: 'MISMATCH' })]);

    // Checking changes nothing: still a draft, no submission counted.
    const unchanged = await app.request('GET', `/proposals/${id}`, { token: applicant });
    expect(unchanged.body.status).toBe('draft');

    // Fixed: eligible, and the submit agrees.
    await app.request('PATCH', `/proposals/${id}`, { token: applicant, body: { requestedAmount: 45_000_000 } });
    expect((await check()).body).toEqual({
      eligible: true,
      code: null,
      status: null,
      title: null,
      detail: null,
      errors: [],
    });
    const submitted = await submit();
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('screening');
    // Once submitted, a second submit is refused for its state: the check says so too.
    const after = await check();
    expect(after.body).toMatchObject({ eligible: false, code: (await submit()).body.code });
  });

  it('a malformed or unknown id is a 404 problem, as for every proposal route', async () => {
    const org = await app.factory.newOrganization();
    const applicant = (await app.actor([Role.APPLICANT], org.id)).token;
    for (const id of ['nope', '00000000-0000-4000-8000-000000000000']) {
      const res = await app.request('GET', `/proposals/${id}/eligibility`, { token: applicant });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
  });
});
