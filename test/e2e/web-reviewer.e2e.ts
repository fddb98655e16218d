import type { Browser, BrowserContext, Page } from 'playwright-core';
import { TestApp } from '../support/app';
import {
  checkPage,
  ensureWebBuild,
  launchBrowser,
  phoneContext,
  menuItem,
  plainText as plain,
  frenchDate,
} from '../support/browser';
import { PASSWORD } from '../support/factory';
import { ReviewFlow, type Reviewer } from '../support/review-flow';

/**
 * Reviewers in the portal (issue 11): « Mes évaluations », the proposal as submitted, accept with a conflict-of-interest
 * declaration or decline with a reason, the scoring form with a comment per rubric criterion. Real Chromium against the
 * real API, worker, PostgreSQL and Temporal. Screenshots to docs/screenshots/ with UPDATE_SCREENSHOTS=1.
 */

describe('web portal: reviewers (browser, e2e)', () => {
  jest.setTimeout(240_000);
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let flow: ReviewFlow;

  beforeAll(async () => {
    ensureWebBuild();
    [app, browser] = await Promise.all([TestApp.start(), launchBrowser()]);
    flow = await ReviewFlow.create(app);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
  });

  const check = (shot?: string) => checkPage(page, shot);

  async function signIn(reviewer: Reviewer) {
    const [{ email }] = await app.dataSource.query('SELECT email FROM users WHERE id = $1', [reviewer.id]);
    await context?.close();
    context = await phoneContext(browser, app.baseUrl);
    page = await context.newPage();
    await page.goto('/sign-in?next=/reviews');
    await page.getByLabel('Téléphone ou e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Mes évaluations' }).waitFor();
  }

  it('a reviewer accepts without conflict and scores every criterion with a comment; another declines with a reason', async () => {
    const { id, applicant } = await flow.submitted();
    await flow.screen(id);
    const assigned = await flow.assignments(id, 3);
    const [first, second] = assigned;
    const proposal = (await flow.get(id)).body;
    const deadline = (
      await app.request('GET', '/reviews/assignments', { token: first.reviewer.token })
    ).body.items.find((a: { id: string }) => a.id === first.assignmentId).deadline as string;
    const deadlineText = frenchDate(deadline);

    // « Mes évaluations »: the assignment with its title, status and deadline; the menu has the reviewer's link and
    // none of a community group's.
    await signIn(first.reviewer);
    await menuItem(page, 'Mes évaluations');
    const nav = page.getByRole('navigation');
    expect(await nav.getByRole('link', { name: 'Mes projets' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Mon organisation' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    const card = page.locator('.card', { hasText: proposal.title });
    expect(plain(await card.textContent())).toContain(`À rendre avant le ${deadlineText}`);
    expect(plain(await card.textContent())).toContain('À accepter');
    await check('reviewer-assignments');

    // The proposal as submitted, then the conflict-of-interest declaration: no conflict → accept.
    await card.getByRole('link', { name: proposal.title }).click();
    await page.getByRole('heading', { name: 'Le projet tel que déposé' }).waitFor();
    expect(plain(await page.locator('main').textContent())).toContain(plain(proposal.summary));
    await check();
    await page.getByLabel('Non, aucun conflit : j’accepte').check();
    await page.getByRole('button', { name: 'Accepter l’évaluation' }).click();

    // The scoring form: every criterion with its label, weight and maximum.
    await page.getByRole('heading', { name: 'Votre note' }).waitFor();
    const criteria = page.locator('fieldset.criterion');
    expect(await criteria.count()).toBe(3);
    const relevance = page.locator('fieldset[data-criterion="relevance"]');
    expect(plain(await relevance.textContent())).toContain('Pertinence');
    expect(plain(await relevance.textContent())).toContain('Poids 40 % · note de 0 à 5');
    expect(await relevance.getByLabel('Note (0 à 5)').getAttribute('max')).toBe('5');

    const comments: Record<string, string> = {
      relevance: 'Répond à l’insécurité la nuit au marché.',
      feasibility: 'Calendrier réaliste, devis joints.',
      inclusion: 'Les femmes commerçantes pilotent le comité.',
    };
    const scores: Record<string, string> = { relevance: '6', feasibility: '4', inclusion: '5' };
    for (const key of Object.keys(comments)) {
      const box = page.locator(`fieldset[data-criterion="${key}"]`);
      await box.getByLabel(/^Note/).fill(scores[key]);
      await box.getByLabel('Commentaire sur ce critère').fill(comments[key]);
    }
    await page.getByLabel('Commentaire général').fill('Projet utile et bien préparé.');
    await page.getByLabel('Financer le projet').check();

    // Kept on the device like a proposal draft: a reload (or closing the page) loses nothing typed.
    await page.reload();
    await page.getByRole('heading', { name: 'Votre note' }).waitFor();
    for (const key of Object.keys(comments)) {
      const box = page.locator(`fieldset[data-criterion="${key}"]`);
      expect(await box.getByLabel(/^Note/).inputValue()).toBe(scores[key]);
      expect(await box.getByLabel('Commentaire sur ce critère').inputValue()).toBe(comments[key]);
    }
    expect(await page.getByLabel('Commentaire général').inputValue()).toBe('Projet utile et bien préparé.');
    expect(await page.getByLabel('Financer le projet').isChecked()).toBe(true);
    await page.getByText('Vos notes et commentaires sont gardés sur cet appareil jusqu’à l’envoi.').waitFor();
    await page.getByRole('button', { name: 'Envoyer l’évaluation' }).click();

    // 6 out of 5: the API's field error shows next to that criterion, and only that one; nothing typed is lost.
    await relevance.locator('.field-error').waitFor();
    expect(await page.locator('fieldset.criterion .field-error').count()).toBe(1);
    expect(await relevance.getByLabel(/^Note/).getAttribute('aria-invalid')).toBe('true');
    expect(
      await page
        .locator('fieldset[data-criterion="feasibility"]')
        .getByLabel('Commentaire sur ce critère')
        .inputValue(),
    ).toBe(comments.feasibility);
    await check('reviewer-scoring');

    // Sent with the connection down: kept, and sent by itself when the connection returns; then off the device.
    await relevance.getByLabel(/^Note/).fill('5');
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Envoyer l’évaluation' }).click();
    await page.getByText('Pas de connexion : votre évaluation est gardée sur cet appareil', { exact: false }).waitFor();
    expect(await page.evaluate(`localStorage.getItem('csf.review.${first.assignmentId}')`)).toContain('"score":"5"');
    await context.setOffline(false);
    await page.getByText('Votre évaluation est envoyée. Merci.').waitFor();
    expect(await page.evaluate(`localStorage.getItem('csf.review.${first.assignmentId}')`)).toBeNull();
    await check();

    // The API: the review is submitted, each criterion with its comment.
    const after = (await app.request('GET', '/reviews/assignments', { token: first.reviewer.token })).body.items.find(
      (a: { id: string }) => a.id === first.assignmentId,
    );
    expect(after.status).toBe('submitted');
    const reviews = await app.request('GET', `/proposals/${id}/reviews`, { token: flow.chair });
    expect(reviews.status).toBe(200);
    expect(reviews.body.items).toHaveLength(1);
    expect(reviews.body.items[0]).toMatchObject({
      comment: 'Projet utile et bien préparé.',
      recommendation: 'approve',
      scores: [
        { criterion: 'relevance', score: 5, comment: comments.relevance },
        { criterion: 'feasibility', score: 4, comment: comments.feasibility },
        { criterion: 'inclusion', score: 5, comment: comments.inclusion },
      ],
    });
    // Never to the applicant.
    expect((await app.request('GET', `/proposals/${id}/reviews`, { token: applicant.token })).status).toBe(403);
    const seen = JSON.stringify((await app.request('GET', `/proposals/${id}`, { token: applicant.token })).body);
    for (const text of Object.values(comments)) expect(seen).not.toContain(text);

    // Another reviewer declares a conflict: that declines the review, with a reason.
    await signIn(second.reviewer);
    await page.locator('.card', { hasText: proposal.title }).getByRole('link').click();
    await page.getByLabel('Oui, ou je ne peux pas : je refuse').check();
    await page.getByRole('button', { name: 'Refuser l’évaluation' }).click();
    // No reason: the API's field error next to the reason.
    await page.locator('.field-error').waitFor();
    await page.getByLabel('Pourquoi refusez-vous ?').fill('Ma sœur préside cette association.');
    await page.getByRole('button', { name: 'Refuser l’évaluation' }).click();
    await page.getByText('Vous avez refusé cette évaluation.', { exact: false }).waitFor();
    await check();
    const [row] = await app.dataSource.query(
      'SELECT status, decline_reason, conflict_declared FROM review_assignments WHERE id = $1',
      [second.assignmentId],
    );
    expect(row).toMatchObject({ status: 'declined', decline_reason: 'Ma sœur préside cette association.' });
  });
});
