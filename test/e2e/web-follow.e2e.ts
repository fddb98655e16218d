import type { Browser, BrowserContext, Page } from 'playwright-core';
import { TestApp } from '../support/app';
import {
  accessibilityProblems,
  checkPage,
  ensureWebBuild,
  frenchDate as frDate,
  launchBrowser,
  phoneContext,
  navigate,
  plainText as plain,
} from '../support/browser';
import { eventually } from '../support/eventually';
import { ReviewFlow } from '../support/review-flow';

/**
 * The community group follows its proposal in the portal (issue 11): the timeline and its deadline, the committee's
 * revision request and a resubmission from the page, the messages, and the organisation's members. Real API,
 * worker, PostgreSQL and Temporal; screenshots to docs/screenshots/ with UPDATE_SCREENSHOTS=1.
 */
const TITLE = 'Lampadaires solaires à Matoto';
const COMMENTS = 'Précisez qui entretiendra les lampadaires après le projet, et ajoutez un devis.';

describe('web portal: following a proposal (browser, e2e)', () => {
  jest.setTimeout(300_000);
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let flow: ReviewFlow;
  let proposal: { id: string; applicant: { orgId: string; userId: string; token: string } };

  beforeAll(async () => {
    ensureWebBuild();
    [app, browser] = await Promise.all([TestApp.start(), launchBrowser()]);
    context = await phoneContext(browser, app.baseUrl);
    page = await context.newPage();
    flow = await ReviewFlow.create(app);
    proposal = await flow.submitted({ title: TITLE });
    // Signed in as the applicant, as the sign-in page would leave it (sign-in itself is covered by web-portal.e2e).
    await page.goto('/');
    await page.evaluate(
      `localStorage.setItem('csf.session', ${JSON.stringify(JSON.stringify({ token: proposal.applicant.token, expiresAt: Date.now() + 3_600_000 }))})`,
    );
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
  });

  const check = (name: string) => checkPage(page, name);

  const current = () => page.locator('[data-state="current"]');

  it('shows the submitted proposal at its first check, with that step’s deadline', async () => {
    const api = await eventually(async () => {
      const res = await flow.get(proposal.id, proposal.applicant.token);
      return res.body.stageDeadline ? res.body : undefined;
    });
    expect(api.status).toBe('screening');

    await page.goto('/proposals');
    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(new RegExp(`/proposals/${proposal.id}/follow$`));
    await current().waitFor();
    expect(await current().getAttribute('data-stage')).toBe('screening');
    expect(await page.locator('[data-stage="submitted"]').getAttribute('data-state')).toBe('done');
    expect(await page.locator('[data-stage="review"]').getAttribute('data-state')).toBe('next');
    expect(await current().getAttribute('aria-current')).toBe('step');
    expect(plain(await current().locator('[data-stage-deadline]').textContent())).toBe(
      `Au plus tard le ${frDate(api.stageDeadline)}`,
    );
    expect(await page.getByRole('button', { name: 'Retirer le projet' }).isVisible()).toBe(true);
    await check('proposal-timeline');
  });

  it('shows the committee’s comments and lets the group submit again from the page', async () => {
    expect((await flow.screen(proposal.id)).status).toBe(200);
    // Screened in: the page follows the workflow into review.
    await page.reload();
    await page.locator('[data-stage="review"][data-state="current"]').waitFor();

    const assigned = await flow.assignments(proposal.id, 3);
    for (const a of assigned) {
      expect((await flow.accept(a.reviewer, a.assignmentId)).status).toBe(200);
      expect((await flow.review(a.reviewer, a.assignmentId)).status).toBe(200);
    }
    await eventually(async () => (await flow.get(proposal.id)).body.status === 'awaiting_decision', 60_000);
    const decided = await flow.decide(proposal.id, { outcome: 'revise', reason: COMMENTS });
    expect(decided.status).toBe(200);
    expect(decided.body.status).toBe('revision_requested');

    await page.reload();
    await page.locator('[data-revision]').waitFor();
    expect(await page.locator('[data-proposal-status]').textContent()).toBe('Changements demandés');
    expect(await page.locator('[data-comments]').textContent()).toBe(COMMENTS);
    // The draft form takes the changes (the API accepts PATCH while a revision is requested).
    expect(await page.getByRole('link', { name: 'Modifier le projet' }).getAttribute('href')).toBe(
      `/proposals/${proposal.id}`,
    );
    await check('proposal-revision');

    await page.getByRole('button', { name: 'Déposer à nouveau sans changement' }).click();
    await page.locator('[data-proposal-status="screening"]').waitFor();
    expect(await current().getAttribute('data-stage')).toBe('screening');
    expect(await page.locator('[data-revision]').count()).toBe(0);
    const after = await flow.get(proposal.id, proposal.applicant.token);
    expect(after.body.status).toBe('screening');
    expect(after.body.submissionCount).toBe(2);
  });

  it('lists the group’s messages, newest first', async () => {
    const sent = await eventually(async () => {
      const items = await flow.notifications(proposal.applicant.token);
      return items.some((n) => n.kind === 'proposal_revision_requested') ? items : undefined;
    });
    await navigate(page, 'Messages');
    await page.getByRole('heading', { level: 1, name: 'Mes messages' }).waitFor();
    await page.locator('[data-kind]').first().waitFor();
    const kinds = await Promise.all(
      (await page.locator('[data-kind]').all()).map((card) => card.getAttribute('data-kind')),
    );
    // The API's order (newest first), at least the ones it had a moment ago.
    expect(kinds.slice(0, sent.length)).toEqual(sent.map((n) => n.kind));
    expect(kinds).toContain('proposal_revision_requested');
    const revision = page.locator('[data-kind="proposal_revision_requested"]').first();
    expect(plain(await revision.textContent())).toContain(
      sent.find((n) => n.kind === 'proposal_revision_requested')!.subject,
    );
    await check('notifications');
  });

  it('invites a member by phone and keeps the last member', async () => {
    await navigate(page, 'Mon organisation');
    await page.getByRole('heading', { name: 'Membres' }).waitFor();
    expect(await page.locator('[data-member]').count()).toBe(1);

    await page.getByLabel('Son numéro de téléphone').fill('+224 620 11 22 33');
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await page.locator('[data-invitation="+224620112233"]').waitFor();
    expect(plain(await page.locator('[data-invitation]').textContent())).toContain(
      'Invitation envoyée à +224620112233',
    );
    const [row] = await app.dataSource.query(
      `SELECT organization_id FROM organization_invitations WHERE phone = '+224620112233'`,
    );
    expect(row.organization_id).toBe(proposal.applicant.orgId);

    // The only member cannot leave: the API's LAST_MEMBER message is shown next to them, and they stay.
    const refused = await app.request(
      'DELETE',
      `/organizations/${proposal.applicant.orgId}/members/${proposal.applicant.userId}`,
      { token: proposal.applicant.token, headers: { 'accept-language': 'fr' } },
    );
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('LAST_MEMBER');
    await page.locator('[data-member] button', { hasText: 'Retirer' }).click();
    await page.getByRole('button', { name: 'Oui, retirer' }).click();
    const problem = page.locator('[data-member] .problem');
    await problem.waitFor();
    expect(await problem.textContent()).toBe(refused.body.detail ?? refused.body.title);
    expect(await page.locator('[data-member]').count()).toBe(1);
    await check('organization-members');
  });
  it('withdraws a proposal before the decision, only once the group confirms', async () => {
    const other = await flow.submitted({ title: 'Patrouilles de nuit à Kaloum' });
    await page.evaluate(
      `localStorage.setItem('csf.session', ${JSON.stringify(JSON.stringify({ token: other.applicant.token, expiresAt: Date.now() + 3_600_000 }))})`,
    );
    await page.goto(`/proposals/${other.id}/follow`);
    await page.getByRole('button', { name: 'Retirer le projet' }).click();
    await page.getByText('Retirer ce projet ?').waitFor();
    await page.getByRole('button', { name: 'Non, garder le projet' }).click();
    expect((await flow.get(other.id, other.applicant.token)).body.status).toBe('screening');

    await page.getByRole('button', { name: 'Retirer le projet' }).click();
    await page.getByRole('button', { name: 'Oui, retirer le projet' }).click();
    await page.locator('[data-proposal-status="withdrawn"]').waitFor();
    await page.getByText('Vous avez retiré ce projet.').waitFor();
    expect(await page.getByRole('button', { name: 'Retirer le projet' }).count()).toBe(0);
    // Withdrawn during the first check: only the submission is ticked, nothing is current.
    await page.locator('[data-stage="submitted"][data-state="done"]').waitFor();
    expect(await page.locator('[data-stage="screening"]').getAttribute('data-state')).toBe('next');
    expect(await page.locator('[data-state="current"]').count()).toBe(0);
    expect((await flow.get(other.id, other.applicant.token)).body.status).toBe('withdrawn');
    expect(await accessibilityProblems(page)).toEqual([]);
  });
});
