import type { Browser, BrowserContext, Page } from 'playwright-core';
import { TestApp } from '../support/app';
import {
  checkPage,
  ensureWebBuild,
  frenchDate,
  launchBrowser,
  phoneContext,
  navigate,
  plainText,
  frenchMoney,
} from '../support/browser';
import { eventually } from '../support/eventually';
import { ReviewFlow } from '../support/review-flow';

/**
 * The community group's grant in the portal (issue 11): from the approved proposal to « Ma subvention », the
 * agreement signed with a mobile-money account (a wrong number first), tranche 1 paid by finance through the real
 * maker–checker flow and the manual gateway, and report 1 written on the page (spending above what was paid
 * first). Real API, worker, PostgreSQL and Temporal; screenshots to docs/screenshots/ with UPDATE_SCREENSHOTS=1.
 */
const plain = (text: string | null) => plainText(text).trim();
const frDate = (iso: string) => frenchDate(iso).trim();
const TITLE = 'Lampadaires solaires au marché de Matoto';
const NARRATIVE = 'Douze lampadaires posés autour du marché ; deux patrouilles conjointes avec la police.';

describe('web portal: the group’s grant (browser, e2e)', () => {
  jest.setTimeout(300_000);
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let flow: ReviewFlow;
  let g: Awaited<ReturnType<ReviewFlow['approvedGrant']>>;
  const grantPath = () => `/grants/${g.grantId}`;

  beforeAll(async () => {
    ensureWebBuild();
    [app, browser] = await Promise.all([TestApp.start({ PAYMENT_GATEWAY: 'manual' }), launchBrowser()]);
    context = await phoneContext(browser, app.baseUrl);
    page = await context.newPage();
    flow = await ReviewFlow.create(app);
    // Through the real workflow: submitted, screened, three reviews, the committee approves 40 000 000 GNF.
    g = await flow.approvedGrant(40_000_000, { title: TITLE });
    await page.goto('/');
    await page.evaluate(
      `localStorage.setItem('csf.session', ${JSON.stringify(JSON.stringify({ token: g.applicant.token, expiresAt: Date.now() + 3_600_000 }))})`,
    );
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
  });

  const check = (name?: string) => checkPage(page, name, { wideOverflow: true });

  const tranche = (n: number) => page.locator(`[data-tranche="${n}"]`);
  const fieldError = (name: string) => page.locator(`.field:has([name="${name}"]) .field-error`);
  const apiGrant = async () => (await app.request('GET', grantPath(), { token: g.applicant.token })).body;

  it('leads from the approved proposal to its grant awaiting the agreement', async () => {
    const proposal = (await flow.get(g.proposalId, g.applicant.token)).body;
    expect(proposal).toMatchObject({ status: 'approved', grantId: g.grantId });
    const grant = await apiGrant();
    expect(grant.status).toBe('awaiting_agreement');

    await page.goto(`/proposals/${g.proposalId}/follow`);
    await page.locator('[data-decision="approve"]').waitFor();
    await check();
    await page.locator('[data-grant-link]').click();
    await page.waitForURL(new RegExp(`${grantPath()}$`));
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(plain(await page.locator('[data-grant-status]').textContent())).toBe('Convention à signer');
    expect(plain(await page.locator('[data-amount]').textContent())).toBe('40 000 000 GNF');
    expect(plain(await page.locator('[data-disbursed]').textContent())).toBe('0 GNF versés sur 40 000 000 GNF');
    expect(plain(await page.locator('[data-agreement-deadline]').textContent())).toBe(
      `Signez la convention avant le ${frDate(grant.agreementDeadline)}.`,
    );
    expect(await page.locator('[data-tranche]').count()).toBe(grant.tranches.length);
    expect(plain(await tranche(1).locator('.amount').textContent())).toBe(frenchMoney(grant.tranches[0].amount));
    expect(plain(await tranche(1).locator('[data-tranche-status]').textContent())).toBe('À venir');
    await page.locator('[data-milestone]').first().waitFor();
    await check();

    // « Ma subvention » in the menu lists it too.
    await navigate(page, 'Ma subvention');
    await page.waitForURL(/\/grants$/);
    await page.locator(`[data-grant="${g.grantId}"]`).waitFor();
    await check();
  });

  it('signs with mobile money: a wrong number is refused next to the field, then the masked account and tranche 1 eligible', async () => {
    await page.goto(grantPath());
    await page.getByRole('link', { name: 'Signer la convention' }).click();
    await page.waitForURL(new RegExp(`${grantPath()}/sign$`));
    await page.getByLabel('Mobile money').check();
    await page.getByLabel('Opérateur').selectOption('orange_money');
    const number = page.getByLabel('Numéro de téléphone');
    expect(await page.getByText('Format : +224 6xx xx xx xx').isVisible()).toBe(true);
    await number.fill('+224 62 00 00 00'); // one digit short
    await page.getByRole('button', { name: 'Signer et enregistrer le compte' }).click();
    await fieldError('msisdn').waitFor();
    expect(await number.getAttribute('aria-invalid')).toBe('true');
    expect(await number.inputValue()).toBe('+224 62 00 00 00');
    expect((await apiGrant()).status).toBe('awaiting_agreement');
    await check('grant-sign');

    await number.fill('+224 620 00 05 67');
    await page.getByRole('button', { name: 'Signer et enregistrer le compte' }).click();
    await page.locator('[data-signed]').waitFor();
    const signed = await apiGrant();
    expect(signed).toMatchObject({
      status: 'active',
      payoutMethod: 'mobile_money',
      payout: { method: 'mobile_money', provider: 'orange_money' },
    });
    expect(signed.payout.accountMasked).toMatch(/567$/);
    expect(await page.locator('[data-signed]').textContent()).toContain(signed.payout.accountMasked);
    expect(await page.locator('body').textContent()).not.toContain('620000567');
    await check();

    await page.getByRole('link', { name: 'Voir la subvention' }).click();
    await page.waitForURL(new RegExp(`${grantPath()}$`));
    await tranche(1).waitFor();
    expect(await tranche(1).getAttribute('data-status')).toBe('eligible');
    expect(plain(await tranche(1).locator('[data-tranche-status]').textContent())).toBe('Prêt à être versé');
    expect(plain(await page.locator('[data-grant-status]').textContent())).toBe('En cours');
    expect(await page.locator('[data-payout]').textContent()).toContain(signed.payout.accountMasked);
    expect(await page.locator('[data-report]').count()).toBe(signed.reports.length);
    expect(plain(await page.locator('[data-report="1"]').textContent())).toContain(
      `À rendre le ${frDate(signed.reports[0].dueDate)}`,
    );
    await check('grant');
  });

  it('after finance pays tranche 1, the group submits report 1: spending above what was paid is refused next to the amount', async () => {
    const path = grantPath();
    const amount = (await apiGrant()).tranches[0].amount as number;
    expect(
      (await app.request('POST', `${path}/tranches/1/request-release`, { token: g.officer.token, body: {} })).status,
    ).toBe(200);
    expect(
      (await app.request('POST', `${path}/tranches/1/approve-release`, { token: g.approver.token, body: {} })).status,
    ).toBe(200);
    await eventually(
      async () =>
        (await app.request('GET', `${path}/tranches`, { token: g.officer.token })).body[0].status === 'disbursing',
    );
    const confirmed = await app.request('POST', `${path}/tranches/1/confirm-payment`, {
      token: g.officer.token,
      body: { reference: 'OM-2027-0101', paidAt: new Date().toISOString(), amount },
    });
    expect(confirmed.body).toMatchObject({ status: 'disbursed' });
    await eventually(async () => (await apiGrant()).disbursedAmount === amount);

    await page.goto(path);
    await tranche(1).waitFor();
    expect(await tranche(1).getAttribute('data-status')).toBe('disbursed');
    expect(plain(await tranche(1).locator('[data-tranche-status]').textContent())).toBe('Versé');
    const money = (n: number) => frenchMoney(n);
    expect(plain(await page.locator('[data-disbursed]').textContent())).toBe(
      `${money(amount)} versés sur 40 000 000 GNF`,
    );
    await check();

    await page.getByRole('link', { name: 'Rédiger le rapport 1' }).click();
    await page.waitForURL(new RegExp(`${path}/reports/[0-9a-f-]+$`));
    await page.getByLabel('Ce qui a été fait').fill(NARRATIVE);
    await page.getByLabel('Total').fill('300');
    await page.getByLabel('Dont femmes').fill('160');
    await page.getByLabel('Dont jeunes').fill('90');
    await page.getByLabel('Personnes touchées').fill('300');
    expect(plain(await page.locator('[data-disbursed]').textContent())).toContain(money(amount));
    const equipment = page.getByLabel('Matériel (GNF)');
    await equipment.fill(String(amount + 1_000_000));
    await page.getByLabel('Installation des lampadaires').selectOption('delayed');
    await page.getByRole('button', { name: 'Envoyer le rapport' }).click();
    await fieldError('spending-equipment').waitFor();
    expect(await equipment.getAttribute('aria-invalid')).toBe('true');
    expect(plain(await fieldError('spending-equipment').textContent())).toBe(
      `C’est plus que ce qui a été versé à votre groupe (${money(amount)}). Vérifiez les montants.`,
    );
    expect(await fieldError('spending-activities').count()).toBe(0);
    // Nothing typed is lost.
    expect(await page.getByLabel('Ce qui a été fait').inputValue()).toBe(NARRATIVE);
    expect(await page.getByLabel('Dont femmes').inputValue()).toBe('160');
    const reports = async () =>
      (await app.request('GET', `${path}/reports`, { token: g.applicant.token })).body as {
        id: string;
        sequence: number;
        status: string;
      }[];
    const r1 = (await reports())[0];
    expect(r1.status).not.toBe('submitted');
    await check('report-form');

    await equipment.fill('12 000 000');
    await page.getByLabel('Activités (GNF)').fill('2000000');
    await page.getByRole('button', { name: 'Envoyer le rapport' }).click();
    await page.locator('[data-report-sent]').waitFor();
    const sent = (await app.request('GET', `${path}/reports/${r1.id}`, { token: g.applicant.token })).body;
    expect(sent).toMatchObject({
      status: 'submitted',
      submissionCount: 1,
      narrative: NARRATIVE,
      beneficiaries: { total: 300, women: 160, youth: 90 },
      indicators: [{ key: 'people_reached', value: 300 }],
      expenditureTotal: 14_000_000,
    });
    expect(sent.expenditures).toEqual(
      expect.arrayContaining([
        { category: 'equipment', amount: 12_000_000 },
        { category: 'activities', amount: 2_000_000 },
      ]),
    );
    expect(sent.milestones).toEqual([expect.objectContaining({ status: 'delayed' })]);
    await check();
    await page.goto(path);
    await page.locator('[data-report="1"][data-status="submitted"]').waitFor();
    expect(plain(await page.locator('[data-report="1"] [data-report-status]').textContent())).toBe(
      'Envoyé, en lecture',
    );
  });

  it('shows the programme manager’s requested changes with the comment, the report as sent, and takes it again', async () => {
    const path = grantPath();
    const [r1] = (await app.request('GET', `${path}/reports`, { token: g.applicant.token })).body as { id: string }[];
    const comment = 'Joignez les factures des lampadaires et précisez le nombre de femmes dans les patrouilles.';
    const asked = await app.request('POST', `${path}/reports/${r1.id}/request-changes`, {
      token: flow.pm,
      body: { comment },
    });
    expect(asked.body).toMatchObject({ status: 'changes_requested' });

    await page.goto(path);
    await page.locator('[data-report="1"][data-status="changes_requested"]').waitFor();
    await page.getByRole('link', { name: 'Corriger le rapport 1' }).click();
    await page.locator('[data-review-comment]').waitFor();
    expect(plain(await page.locator('[data-review-comment]').textContent())).toBe(comment);
    // The last content is there to correct, not to type again.
    expect(await page.getByLabel('Ce qui a été fait').inputValue()).toBe(NARRATIVE);
    expect(await page.getByLabel('Matériel (GNF)').inputValue()).toBe('12000000');
    await check();
    await page.getByLabel('Ce qui a été fait').fill(`${NARRATIVE} Factures jointes.`);
    await page.getByRole('button', { name: 'Envoyer le rapport' }).click();
    await page.locator('[data-report-sent]').waitFor();
    const sent = (await app.request('GET', `${path}/reports/${r1.id}`, { token: g.applicant.token })).body;
    expect(sent).toMatchObject({
      status: 'submitted',
      submissionCount: 2,
      narrative: `${NARRATIVE} Factures jointes.`,
      expenditureTotal: 14_000_000,
    });
  });
});
