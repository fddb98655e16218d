import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '@csf/domain';
import { TestApp } from '../support/app';
import {
  checkPage,
  ensureWebBuild,
  frenchDate,
  launchBrowser,
  phoneContext,
  plainText as plain,
} from '../support/browser';
import { eventually } from '../support/eventually';
import { PASSWORD } from '../support/factory';
import { ReviewFlow } from '../support/review-flow';

/**
 * The committee chair and finance in the portal (issue 12): the chair's queue, the review summary beside the proposal
 * and a decision against the threshold with its justification; finance's maker and checker queues, a release requested
 * and approved, the payment order and the manual payment confirmed from it. Real Chromium against the real API,
 * worker, PostgreSQL and Temporal. Screenshots to docs/screenshots/ with UPDATE_SCREENSHOTS=1.
 */

const mobileMoney = { payoutAccount: { method: 'mobile_money', provider: 'orange_money', msisdn: '+224620004567' } };
// Each review 40·2/5 + 35·2/5 + 25·2/5 = 40 %: below the example round's 60 % threshold.
const LOW = [
  [2, 2, 2],
  [2, 2, 2],
  [2, 2, 2],
];

describe('web portal: committee chair and finance (browser, e2e)', () => {
  jest.setTimeout(300_000);
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let flow: ReviewFlow;

  beforeAll(async () => {
    ensureWebBuild();
    [app, browser] = await Promise.all([TestApp.start({ PAYMENT_GATEWAY: 'manual' }), launchBrowser()]);
    flow = await ReviewFlow.create(app);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
  });

  async function signIn(email: string, next: string, heading: string) {
    await context?.close();
    context = await phoneContext(browser, app.baseUrl);
    page = await context.newPage();
    await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    await page.getByLabel('Téléphone ou e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: heading, exact: true }).waitFor();
  }

  const main = async () => plain(await page.locator('main').textContent());

  it('the chair reads the review summary and approves below the threshold with a justification', async () => {
    const low = await flow.awaitingDecision({ title: 'Éclairage du marché de Madina' }, LOW);
    const high = await flow.awaitingDecision({ title: 'Dialogue jeunes et police à Kaloum' });
    const chair = await app.actor([Role.COMMITTEE_CHAIR]);
    const proposal = (await flow.get(low.id)).body;

    // The queue: oldest first, each with its decision deadline; the nav shows « Comité » to the chair.
    await signIn(chair.user.email, '/committee', 'Propositions à décider');
    // Folded into « Menu » on a phone: counted in the DOM, not as visible links.
    expect(plain(await page.locator('#nav-links a[href="/committee"]').textContent())).toBe('Comité');
    const cards = page.locator('.card[data-proposal]');
    const order = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-proposal')));
    expect(order.indexOf(low.id)).toBeLessThan(order.indexOf(high.id));
    const card = page.locator(`.card[data-proposal="${low.id}"]`);
    expect(plain(await card.textContent())).toContain(
      `Décision attendue avant le ${frenchDate(proposal.stageDeadline)}`,
    );
    expect(plain(await card.textContent())).toContain('45 000 000 GNF');
    await checkPage(page, 'committee-queue', { wideOverflow: true });

    // The summary beside the proposal: the mean against the threshold, each named reviewer's scores and comment.
    await card.getByRole('link', { name: proposal.title }).click();
    await page.getByRole('heading', { name: 'Synthèse des évaluations' }).waitFor();
    const summary = (await app.request('GET', `/proposals/${low.id}/reviews`, { token: chair.token })).body;
    expect(plain(await page.locator('[data-mean]').textContent())).toBe('40 %');
    expect(await page.locator('[data-threshold-met]').getAttribute('data-threshold-met')).toBe('false');
    expect(await main()).toContain('Seuil d’approbation de l’appel : 60 %');
    expect(await main()).toContain('Sous le seuil');
    expect(await page.locator('[data-review]').count()).toBe(3);
    for (const review of summary.items) {
      const box = page.locator(`[data-review="${review.id}"]`);
      expect(plain(await box.textContent())).toContain(`Évaluation de ${review.reviewerName}`);
      expect(plain(await box.textContent())).toContain('Pertinence : 2 / 5');
      expect(plain(await box.textContent())).toContain('Projet solide.');
    }
    expect(await main()).toContain('Le projet tel que déposé');
    expect(await main()).toContain(plain(proposal.summary));
    await checkPage(page, 'committee-decision', { wideOverflow: true });

    // Approve below the threshold without a justification: the rule next to the field, the API's error under it.
    await page.getByLabel('Approuver', { exact: true }).check();
    const justification = page.getByLabel('Justification');
    expect(plain(await page.locator('.field', { has: justification }).textContent())).toContain(
      'La note moyenne (40 %) est sous le seuil (60 %)',
    );
    await page.getByLabel('Montant accordé (GNF)').fill('30000000');
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    const fieldError = page.locator('.field', { has: justification }).locator('.field-error');
    await fieldError.waitFor();
    expect(plain(await fieldError.textContent())).toContain('Justification écrite requise');
    expect(await justification.getAttribute('aria-invalid')).toBe('true');
    expect((await flow.get(low.id)).body.status).toBe('awaiting_decision');
    await checkPage(page, 'committee-justification');

    const text = 'Seul projet de la commune ; le comité accepte un budget réduit à 30 millions.';
    await justification.fill(text);
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await page.getByText('Décision enregistrée : approuvée.').waitFor();
    await checkPage(page);
    const decided = (await flow.get(low.id)).body;
    expect(decided).toMatchObject({ status: 'approved', decision: { outcome: 'approve', amount: 30_000_000 } });
    const events = (await app.request('GET', `/proposals/${low.id}/history`, { token: chair.token })).body.items;
    expect(events.find((e: { action: string }) => e.action === 'proposal.approved').data).toMatchObject({
      justification: text,
      weightedScore: 40,
    });
  });

  it('finance requests and approves a release, and the officer confirms the manual payment from the payment order', async () => {
    const g = await flow.approvedGrant(40_000_000, { title: 'Lampadaires solaires de Matoto' });
    const stale = await flow.approvedGrant(20_000_000, { title: 'Comité de veille de Dixinn' });
    for (const x of [g, stale]) {
      expect(
        (
          await app.request('POST', `/grants/${x.grantId}/agreement/sign`, {
            token: x.applicant.token,
            body: mobileMoney,
          })
        ).body.status,
      ).toBe('active');
    }

    // The maker's queue: what to request, with counts, the masked payee and since when it waits.
    await signIn(g.officer.user.email, '/finance', 'Décaissements');
    expect(plain(await page.locator('#nav-links a[href="/finance"]').textContent())).toBe('Finance');
    await page.locator(`.card[data-grant="${g.grantId}"]`).waitFor();
    expect(plain(await page.locator('[data-count="eligible"]').textContent())).toBe(' 2');
    const row = page.locator(`.card[data-grant="${g.grantId}"]`);
    expect(plain(await row.textContent())).toContain('16 000 000 GNF');
    expect(plain(await row.textContent())).toContain('***567');
    expect(plain(await row.textContent())).not.toContain('620004567');
    await checkPage(page, 'finance-queue-maker', { wideOverflow: true });

    // Someone else requested the other tranche meanwhile: the click says so plainly and the queue refreshes.
    expect(
      (
        await app.request('POST', `/grants/${stale.grantId}/tranches/1/request-release`, {
          token: stale.officer.token,
          body: {},
        })
      ).status,
    ).toBe(200);
    const staleRow = page.locator(`.card[data-grant="${stale.grantId}"]`);
    await staleRow.getByRole('button', { name: 'Demander le décaissement' }).click();
    await page.getByText('Cette tranche a changé entre-temps').waitFor();
    await eventually(
      async () => (await page.locator(`.card[data-grant="${stale.grantId}"]`).count()) === 0 || undefined,
    );

    await row.getByRole('button', { name: 'Demander le décaissement' }).click();
    await eventually(async () => (await page.locator(`.card[data-grant="${g.grantId}"]`).count()) === 0 || undefined);
    await checkPage(page);

    // The checker opens on what to approve; their own request would not be offered (they cannot request at all).
    await signIn(g.approver.user.email, '/finance', 'Décaissements');
    const toApprove = page.locator(`.card[data-grant="${g.grantId}"]`);
    await toApprove.waitFor();
    expect(await page.locator('.tabs a[aria-current="page"]').getAttribute('data-queue')).toBe('release_requested');
    expect(plain(await toApprove.textContent())).toContain(`Demandée par ${g.officer.user.displayName}`);
    await checkPage(page, 'finance-queue-checker', { wideOverflow: true });
    await toApprove.getByRole('button', { name: 'Approuver le décaissement' }).click();
    await eventually(async () => (await page.locator(`.card[data-grant="${g.grantId}"]`).count()) === 0 || undefined);
    await eventually(
      async () =>
        (await app.request('GET', `/grants/${g.grantId}/tranches`, { token: g.officer.token })).body[0].status ===
          'disbursing' || undefined,
    );

    // The maker: the payment order in full, printable, then the payment recorded from it.
    await signIn(g.officer.user.email, '/finance?queue=disbursing', 'Décaissements');
    await page
      .locator(`.card[data-grant="${g.grantId}"]`)
      .getByRole('link', { name: 'Ordre de paiement et confirmation' })
      .click();
    await page.getByRole('heading', { name: 'Ordre de paiement' }).waitFor();
    const order = (
      await app.request('GET', `/grants/${g.grantId}/tranches/1/payment-order`, { token: g.officer.token })
    ).body;
    expect(plain(await page.locator('[data-payee]').textContent())).toBe('+224620004567');
    expect(plain(await page.locator('[data-reference]').textContent())).toBe(order.reference);
    expect(plain(await page.locator('[data-order-amount]').textContent())).toBe('16 000 000 GNF');
    await page.locator('[data-grant-title]').getByText('Lampadaires solaires de Matoto').waitFor();
    await checkPage(page, 'finance-payment-order', { wideOverflow: true });
    // Printed, only the order remains.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Confirmer le paiement' }).isVisible()).toBe(false);
    expect(await page.locator('header').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // A wrong amount: the API's error next to the amount; then the right one.
    await page.getByLabel('Référence du paiement').fill('OM-2027-7788');
    await page.getByLabel('Date du paiement').fill('2027-02-15');
    await page.getByLabel('Montant payé (GNF)').fill('15000000');
    await page.getByRole('button', { name: 'Confirmer le paiement' }).click();
    await page
      .locator('.field', { has: page.getByLabel('Montant payé (GNF)') })
      .locator('.field-error')
      .waitFor();
    await page.getByLabel('Montant payé (GNF)').fill('16 000 000');
    await page.getByRole('button', { name: 'Confirmer le paiement' }).click();
    await page.getByText('Paiement confirmé : la tranche est versée.').waitFor();
    await checkPage(page);
    const tranche = (await app.request('GET', `/grants/${g.grantId}/tranches`, { token: g.officer.token })).body[0];
    expect(tranche).toMatchObject({ status: 'disbursed', disbursedAt: '2027-02-15T12:00:00.000Z' });
  });
});
