import type { Browser, BrowserContext, Page } from 'playwright-core';
import { TestApp } from '../support/app';
import {
  checkPage,
  ensureWebBuild,
  frenchDate,
  frenchMoney,
  launchBrowser,
  phoneContext,
  plainText as plain,
} from '../support/browser';
import { eventually } from '../support/eventually';
import { PASSWORD } from '../support/factory';
import { type Fault, FakePaymentProvider } from '../support/payment-provider';
import { ReviewFlow } from '../support/review-flow';

/**
 * Failed and stuck payments in the portal (issue 12): the provider never gives an outcome, finance is alerted, a
 * finance approver reads the reason on the payment order and records what the provider confirmed (the API's field
 * errors next to the fields; "moved meanwhile" said plainly when another approver recorded it first), then the
 * maker starts a new attempt. Real Chromium against the real API, worker, PostgreSQL, Temporal and an HTTP provider.
 */

const mobileMoney = { payoutAccount: { method: 'mobile_money', provider: 'orange_money', msisdn: '+224620007788' } };
const keyOf = (grantId: string, attempt: number) => `csf:${grantId}:tranche-1:attempt-${attempt}`;

describe('web portal: failed and stuck payments (browser, e2e)', () => {
  jest.setTimeout(300_000);
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let flow: ReviewFlow;
  const provider = new FakePaymentProvider();

  beforeAll(async () => {
    ensureWebBuild();
    const url = await provider.start();
    provider.slowMs = 20;
    [app, browser] = await Promise.all([
      TestApp.start({
        PAYMENT_GATEWAY: 'http',
        PAYMENT_API_URL: url,
        PAYMENT_API_TIMEOUT: '500ms',
        PAYMENT_STUCK_ALERT_AFTER: '2s',
        PAYMENT_POLL_INTERVAL: '200ms',
        PAYMENT_POLL_MAX_INTERVAL: '500ms',
      }),
      launchBrowser(),
    ]);
    flow = await ReviewFlow.create(app);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
    await provider.stop();
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

  const tranche = async (grantId: string, token: string) =>
    (await app.request('GET', `/grants/${grantId}/tranches`, { token })).body[0];
  /** Until finance is alerted: `stuckSince` is null before, which eventually() would take as an answer. */
  const untilStuck = (g: { grantId: string; officer: { token: string } }) =>
    eventually(async () => (await tranche(g.grantId, g.officer.token)).payment?.stuckSince ?? undefined, 30_000, 200);

  /** Signed, requested and approved; every status check answers 401, so the payment goes without outcome. */
  async function stuckGrant(title: string) {
    const g = await flow.approvedGrant(40_000_000, { title });
    const path = `/grants/${g.grantId}`;
    expect(
      (await app.request('POST', `${path}/agreement/sign`, { token: g.applicant.token, body: mobileMoney })).status,
    ).toBe(200);
    expect(
      (await app.request('POST', `${path}/tranches/1/request-release`, { token: g.officer.token, body: {} })).status,
    ).toBe(200);
    provider.script(keyOf(g.grantId, 1), Array<Fault>(10_000).fill('unauthorized'));
    expect(
      (await app.request('POST', `${path}/tranches/1/approve-release`, { token: g.approver.token, body: {} })).status,
    ).toBe(200);
    return { ...g, path };
  }

  it('an approver reads why a payment is stuck and records the failure; the maker starts a new attempt', async () => {
    const g = await stuckGrant('Radios communautaires de Ratoma');
    const other = await stuckGrant('Médiateurs de quartier de Matam');
    for (const x of [g, other]) await untilStuck(x);

    // The checker's queue of payments under way: the stuck one says since when and the provider's last answer.
    await signIn(g.approver.user.email, '/finance?queue=disbursing', 'Décaissements');
    const row = page.locator(`.card[data-grant="${g.grantId}"]`);
    await row.waitFor();
    expect(plain(await row.textContent())).toContain('Issue inconnue depuis le');
    expect(plain(await row.textContent())).toContain('401');
    await checkPage(page);
    await row.getByRole('link', { name: 'Vérifier et enregistrer le résultat' }).click();
    await page.getByRole('heading', { name: 'Paiement sans issue' }).waitFor();
    expect(plain(await page.locator('[data-stuck-reason]').textContent())).toContain('401');
    await checkPage(page, 'finance-payment-stuck', { wideOverflow: true });

    // A failure without the provider's reason: the API's error next to that field, and nothing recorded.
    await page.getByLabel('Échoué', { exact: true }).check();
    const note = 'Support Orange Money, ticket 4411 : aucun transfert reçu.';
    await page.getByLabel('Comment le résultat a été vérifié').fill(note);
    await page.getByRole('button', { name: 'Enregistrer le résultat' }).click();
    const reasonField = page.locator('.field', { has: page.getByLabel('Motif de l’échec') });
    await reasonField.locator('.field-error').waitFor();
    expect(await page.getByLabel('Motif de l’échec').getAttribute('aria-invalid')).toBe('true');
    await checkPage(page);
    expect((await tranche(g.grantId, g.officer.token)).status).toBe('disbursing');

    const reason = 'Numéro inconnu chez le prestataire';
    await page.getByLabel('Motif de l’échec').fill(reason);
    await page.getByRole('button', { name: 'Enregistrer le résultat' }).click();
    await page.getByRole('heading', { name: 'Paiement échoué' }).waitFor();
    expect(plain(await page.locator('[data-failure-reason]').textContent())).toBe(`Échec : ${reason}`);
    await checkPage(page);
    expect(await tranche(g.grantId, g.officer.token)).toMatchObject({
      status: 'failed',
      failureReason: reason,
      payment: { attempt: 1, status: 'failed' },
    });
    const history = (await app.request('GET', `${g.path}/history`, { token: g.officer.token })).body.items;
    expect(history.find((e: { action: string }) => e.action === 'tranche.disbursement_failed')).toMatchObject({
      actorId: g.approver.user.id,
      reason,
    });

    // Another approver records the other payment first: the click says so plainly and the page shows the outcome.
    await page.goto(`/finance/grants/${other.grantId}/tranches/1`);
    await page.getByRole('heading', { name: 'Paiement sans issue' }).waitFor();
    const first = 'Compte mobile money suspendu';
    const recorded = await app.request('POST', `${other.path}/tranches/1/resolve-payment`, {
      token: other.approver.token,
      body: { outcome: 'failed', reason: first, note: 'Appel au prestataire.' },
    });
    expect(recorded.body.status).toBe('failed');
    await page.getByLabel('Échoué', { exact: true }).check();
    await page.getByLabel('Motif de l’échec').fill('Autre motif');
    await page.getByLabel('Comment le résultat a été vérifié').fill(note);
    await page.getByRole('button', { name: 'Enregistrer le résultat' }).click();
    await page.getByText('Cette tranche a changé entre-temps').waitFor();
    await page.getByRole('heading', { name: 'Paiement échoué' }).waitFor();
    expect(plain(await page.locator('[data-failure-reason]').textContent())).toBe(`Échec : ${first}`);
    await checkPage(page);
    expect((await tranche(other.grantId, other.officer.token)).failureReason).toBe(first);

    // The maker: the failed queue gives the reason and the new attempt; from the order page too.
    await signIn(g.officer.user.email, '/finance?queue=failed', 'Décaissements');
    const failedRow = page.locator(`.card[data-grant="${g.grantId}"]`);
    await failedRow.waitFor();
    expect(plain(await failedRow.textContent())).toContain(`Échec : ${reason}`);
    // Recorded, it is no longer "without outcome".
    expect(plain(await failedRow.textContent())).not.toContain('Issue inconnue');
    await checkPage(page, 'finance-queue-failed', { wideOverflow: true });
    await failedRow.getByRole('button', { name: 'Relancer : nouvelle demande' }).click();
    await page.getByText('Nouvelle demande enregistrée').waitFor();
    expect((await tranche(g.grantId, g.officer.token)).status).toBe('release_requested');

    await signIn(other.officer.user.email, `/finance/grants/${other.grantId}/tranches/1`, 'Ordre de paiement');
    await page.getByRole('heading', { name: 'Paiement échoué' }).waitFor();
    await checkPage(page);
    await page.getByRole('button', { name: 'Relancer : nouvelle demande' }).click();
    await eventually(
      async () => (await tranche(other.grantId, other.officer.token)).status === 'release_requested' || undefined,
    );
    await page.getByText('État de la tranche : demandée').waitFor();
  });

  it('an approver records what the provider confirmed as paid: a wrong amount is refused next to it, then paid once', async () => {
    const g = await stuckGrant('Lampadaires solaires de Dixinn');
    // Opened while the payment is still in flight (the alert comes 2 s after the approval): the page follows it
    // and shows the trouble once finance is alerted, with no reload.
    await signIn(g.approver.user.email, `/finance/grants/${g.grantId}/tranches/1`, 'Ordre de paiement');
    const shownAtFirst = await page.locator('[data-trouble]').count();
    await untilStuck(g);
    await page.getByRole('heading', { name: 'Paiement sans issue' }).waitFor({ timeout: 40_000 });
    console.info(`web-finance-payments: trouble shown ${shownAtFirst ? 'at first load' : 'by the page following it'}`);
    const { amount } = await tranche(g.grantId, g.officer.token);
    await page.getByLabel('Payé', { exact: true }).check();
    const reference = 'OM-DXN-20270215-0042';
    await page.getByLabel('Référence du transfert chez le prestataire').fill(reference);
    // The day the provider paid: the date field starts at today, as a receipt usually says.
    const paidOn = await page.getByLabel('Date du paiement').inputValue();
    expect(paidOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.getByLabel('Comment le résultat a été vérifié').fill('Relevé Orange Money du jour, ligne 17.');

    // Not the tranche's amount: refused next to the amount, and nothing recorded.
    await page.getByLabel('Montant payé (GNF)').fill(String(amount - 1000));
    await page.getByRole('button', { name: 'Enregistrer le résultat' }).click();
    const amountField = page.locator('.field', { has: page.getByLabel('Montant payé (GNF)') });
    await amountField.locator('.field-error').waitFor();
    expect(await page.getByLabel('Montant payé (GNF)').getAttribute('aria-invalid')).toBe('true');
    await checkPage(page);
    expect(await tranche(g.grantId, g.officer.token)).toMatchObject({ status: 'disbursing' });

    // Typed as people write it, thousands apart: the tranche is paid, with the provider's reference and day.
    await page.getByLabel('Montant payé (GNF)').fill(frenchMoney(amount).replace(/ GNF$/, ''));
    await page.getByRole('button', { name: 'Enregistrer le résultat' }).click();
    await page.locator('[data-paid]').waitFor();
    expect(plain(await page.locator('[data-paid]').textContent())).toBe('Paiement confirmé : la tranche est versée.');
    expect(plain(await page.locator('article.order').textContent())).toContain(
      `Payé le ${frenchDate(`${paidOn}T12:00:00Z`)}, référence ${reference}.`,
    );
    expect(await page.getByRole('button', { name: 'Enregistrer le résultat' }).count()).toBe(0);
    await checkPage(page, 'finance-payment-resolved-paid');
    expect(await tranche(g.grantId, g.officer.token)).toMatchObject({
      status: 'disbursed',
      payment: { attempt: 1, status: 'paid' },
    });
    const order = (await app.request('GET', `${g.path}/tranches/1/payment-order`, { token: g.officer.token })).body;
    expect(order.payment).toMatchObject({ providerReference: reference, paidAt: `${paidOn}T12:00:00.000Z` });
    const grant = (await app.request('GET', g.path, { token: g.officer.token })).body;
    expect(grant.disbursedAmount).toBe(amount);
    const history = (await app.request('GET', `${g.path}/history`, { token: g.officer.token })).body.items;
    expect(history.filter((e: { action: string }) => e.action === 'tranche.disbursed')).toHaveLength(1);
  });
});
