import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '@csf/domain';
import { TestApp } from '../support/app';
import {
  checkPage,
  ensureWebBuild,
  launchBrowser,
  phoneContext,
  openMenu,
  plainText,
  frenchMoney,
} from '../support/browser';
import { eventually } from '../support/eventually';
import { ReviewFlow } from '../support/review-flow';

/**
 * The programme manager in the portal (issue 12): creates a round (a wrong tranche plan first), screens a
 * proposal, verifies an organisation, reads and accepts a report so tranche 2 reaches the finance queue, suspends
 * and resumes a grant, and reads the portfolio dashboard whose charts and figures are checked against the API.
 * Real API, worker, PostgreSQL and Temporal; axe and sideways scroll on every page; screenshots at 360 and 1280 px.
 */
const plain = (text: string | null) => plainText(text).trim();
const money = (n: number) => frenchMoney(n);
const mobileMoney = { payoutAccount: { method: 'mobile_money', provider: 'orange_money', msisdn: '+224620000000' } };

describe('web portal: programme managers (browser, e2e)', () => {
  jest.setTimeout(420_000);
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let flow: ReviewFlow;
  let reporting: Awaited<ReturnType<ReviewFlow['approvedGrant']>>;
  let late: Awaited<ReturnType<ReviewFlow['approvedGrant']>>;
  let reportId: string;

  beforeAll(async () => {
    ensureWebBuild();
    [app, browser] = await Promise.all([TestApp.start({ PAYMENT_GATEWAY: 'manual' }), launchBrowser()]);
    context = await phoneContext(browser, app.baseUrl, { acceptDownloads: true });
    page = await context.newPage();
    // Report 1 is due 20 s after signature and overdue a second later; the grant is at risk two seconds after that.
    flow = await ReviewFlow.create(app, {
      durations: {
        reportPeriod: '20 seconds',
        reportReminder: '5 seconds',
        reportGrace: '1 second',
        atRisk: '2 seconds',
      },
    });
    // Two grants through the real workflow: one whose group reports on time, one whose group does not.
    [reporting, late] = await Promise.all([
      flow.approvedGrant(40_000_000, { title: 'Lampadaires solaires au marché de Matoto' }),
      flow.approvedGrant(30_000_000, { title: 'Dialogue police-jeunes à Kaloum', region: 'conakry' }),
    ]);
    for (const g of [reporting, late]) {
      const signed = await app.request('POST', `/grants/${g.grantId}/agreement/sign`, {
        token: g.applicant.token,
        body: mobileMoney,
      });
      expect(signed.status).toBe(200);
    }
    const [report] = (await app.request('GET', `/grants/${reporting.grantId}/reports`, { token: flow.pm })).body;
    reportId = report.id;
    const [milestone] = (await app.request('GET', `/grants/${reporting.grantId}/milestones`, { token: flow.pm })).body;
    const submitted = await app.request('POST', `/grants/${reporting.grantId}/reports/${reportId}/submit`, {
      token: reporting.applicant.token,
      body: {
        narrative: 'Douze lampadaires commandés, deux patrouilles conjointes.',
        beneficiaries: { total: 300, women: 170, youth: 120 },
        indicators: [{ key: 'people_reached', value: 300 }],
        expenditures: [{ category: 'equipment', amount: 0 }],
        milestones: [{ id: milestone.id, status: 'delayed' }],
      },
    });
    expect(submitted.body).toMatchObject({ status: 'submitted' });
    await page.goto('/');
    await page.evaluate(
      `localStorage.setItem('csf.session', ${JSON.stringify(JSON.stringify({ token: flow.pm, expiresAt: Date.now() + 3_600_000 }))})`,
    );
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
  });

  const check = (name?: string) => checkPage(page, name, { wideOverflow: true });
  const fieldError = (name: string) => page.locator(`.field:has([name="${name}"]) .field-error`);
  /** Waits for the grant to show `status`; when it does not, fails with what the page said instead. */
  async function statusOrRefusal(status: string) {
    try {
      await page.locator(`[data-grant-status="${status}"]`).waitFor({ timeout: 60_000 });
    } catch (error) {
      const said = plain(await page.locator('main').textContent()).slice(0, 800);
      throw new Error(`grant not ${status}; the page says: ${said}`, { cause: error });
    }
  }

  it('opens « Gestion » from the menu with what is waiting', async () => {
    await page.goto('/');
    const nav = await openMenu(page);
    expect(await nav.getByRole('link', { name: 'Mes projets' }).count()).toBe(0);
    await nav.getByRole('link', { name: 'Gestion' }).click();
    await page.waitForURL(/\/manage$/);
    await page.getByRole('heading', { level: 1, name: 'Gestion du fonds' }).waitFor();
    await page.locator('[data-queue="reports"] [data-count]').waitFor();
    expect(
      Number(await page.locator('[data-queue="reports"] [data-count]').getAttribute('data-count')),
    ).toBeGreaterThanOrEqual(1);
    await check('manager-home');
  });

  it('creates a round with its rubric, tranche plan and panel; a wrong plan is explained next to the field', async () => {
    await page.goto('/manage/rounds');
    await page.getByRole('heading', { level: 1, name: 'Appels à propositions' }).waitFor();
    await page.locator(`[data-round="${flow.roundId}"]`).waitFor();
    await check('manager-rounds');
    await page.getByRole('link', { name: 'Créer un appel' }).click();
    await page.waitForURL(/\/manage\/rounds\/new$/);
    await page.getByLabel('Nom (français)').fill('Appel Kindia 2027');
    await page.getByLabel('Nom (anglais)').fill('Kindia call 2027');
    await page.getByLabel('Enveloppe (GNF)').fill('500 000 000');
    await page.getByLabel('Montant maximal par projet (GNF)').fill('50000000');
    const today = new Date().toISOString().slice(0, 10);
    const later = new Date(Date.now() + 60 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    await page.getByLabel('Ouverture').fill(today);
    await page.getByLabel('Clôture').fill(later);
    await page.getByLabel('Tranches (en %)').fill('50, 40');
    await page.locator('[name="durations.screening"]').fill('3');
    const reviewer = flow.reviewers[0];
    await page.locator(`input[name="reviewerIds"][value="${reviewer.id}"]`).check();
    await page.getByRole('button', { name: 'Créer l’appel' }).click();
    await fieldError('tranchePlan').waitFor();
    expect(plain(await fieldError('tranchePlan').textContent())).toMatch(/100/);
    await check();
    await page.getByLabel('Tranches (en %)').fill('50, 50');
    await page.getByRole('button', { name: 'Créer l’appel' }).click();
    await page.waitForURL(/\/manage\/rounds\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;
    const created = (await app.request('GET', `/rounds/${id}`, { token: flow.pm })).body;
    expect(created).toMatchObject({
      name: { fr: 'Appel Kindia 2027', en: 'Kindia call 2027' },
      budgetEnvelope: 500_000_000,
      maxAward: 50_000_000,
      tranchePlan: [50, 50],
      reviewerIds: [reviewer.id],
      status: 'open',
      durations: { screening: '3 days' },
    });
    expect(created.rubric.map((c: { key: string }) => c.key)).toEqual(['relevance', 'feasibility', 'inclusion']);
    // Open now: the plan is locked on the page, and the envelope cannot go below what is reserved.
    await page.locator('.notice', { hasText: 'seuls les textes' }).waitFor();
    expect(await page.getByLabel('Tranches (en %)').isDisabled()).toBe(true);
    await check('manager-round');
  });

  it('refuses an envelope below what is reserved, next to the field, and closes a round early', async () => {
    await page.goto(`/manage/rounds/${flow.roundId}`);
    await page.getByRole('heading', { level: 1, name: 'Modifier l’appel' }).waitFor();
    await page.getByLabel('Enveloppe (GNF)').fill('1000');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await fieldError('budgetEnvelope').waitFor();
    expect(plain(await fieldError('budgetEnvelope').textContent())).toContain('70000000');
    expect((await app.request('GET', `/rounds/${flow.roundId}`, { token: flow.pm })).body.budgetEnvelope).toBe(
      900_000_000,
    );
    await check();

    const other = await app.factory.newRound();
    await page.goto(`/manage/rounds/${other.id}`);
    await page.getByRole('button', { name: 'Confirmer la clôture' }).click();
    await fieldError('closeReason').waitFor();
    await page.getByLabel('Motif de la clôture').fill('Enveloppe engagée ailleurs.');
    await page.getByRole('button', { name: 'Confirmer la clôture' }).click();
    await eventually(
      async () => (await app.request('GET', `/rounds/${other.id}`, { token: flow.pm })).body.status === 'closed',
    );
    await page.locator('.notice', { hasText: 'L’appel est clos' }).waitFor();
  });

  it('screens a proposal: a missing reason is said next to the field, then it goes to review', async () => {
    const { id } = await flow.submitted({ title: 'Comités de vigilance à Ratoma' });
    await page.goto('/manage/screening');
    const card = page.locator(`[data-proposal="${id}"]`);
    await card.waitFor();
    await check('manager-screening');
    await card.getByRole('button', { name: 'Recevable', exact: true }).click();
    await card.locator('.field-error').waitFor();
    await card.getByLabel('Motif').fill('Zone et budget conformes.');
    await card.getByRole('button', { name: 'Recevable', exact: true }).click();
    await eventually(async () => (await flow.get(id)).body.status === 'in_review');
    await card.waitFor({ state: 'detached' });
  });

  it('verifies an organisation waiting for it', async () => {
    const org = await app.factory.newOrganization({
      status: 'pending_verification',
      name: 'Jeunes de Dixinn pour la paix',
      registrationNumber: 'GN-2026-0117',
    });
    await page.goto('/manage/organizations');
    const card = page.locator(`[data-organization="${org.id}"]`);
    await card.waitFor();
    expect(plain(await card.textContent())).toContain('GN-2026-0117');
    await check('manager-organizations');
    await card.getByRole('textbox').fill('Récépissé préfectoral vu.');
    await card.getByRole('button', { name: 'Vérifier' }).click();
    await eventually(
      async () => (await app.request('GET', `/organizations/${org.id}`, { token: flow.pm })).body.status === 'verified',
    );
  });

  it('reads a submitted report and accepts it: tranche 2 appears in the finance queue', async () => {
    await page.goto('/manage/reports');
    const card = page.locator(`[data-report="${reportId}"]`);
    await card.waitFor();
    expect(plain(await card.locator('h2').textContent())).toBe('Lampadaires solaires au marché de Matoto');
    expect(plain(await card.textContent())).toContain('Appeler +224620000000');
    // Submitted reports come first.
    expect(await page.locator('[data-report]').first().getAttribute('data-report')).toBe(reportId);
    await card.getByRole('button', { name: 'Lire le rapport' }).click();
    await card.locator('[data-report-content]', { hasText: 'Douze lampadaires' }).waitFor();
    await card.getByRole('button', { name: 'Demander des modifications' }).click();
    await card.locator('.field-error').waitFor();
    await check('manager-reports');
    await card.getByRole('button', { name: 'Accepter' }).click();
    // The acceptance runs through the grant's workflow; under load it can take a while, and a refusal shows on the card.
    await card.waitFor({ state: 'detached', timeout: 60_000 }).catch(async (error) => {
      throw new Error(`still listed: ${plain(await card.textContent().catch(() => ''))} (${String(error)})`);
    });
    const officer = (await app.actor([Role.FINANCE_OFFICER])).token;
    await eventually(async () => {
      const queue = (await app.request('GET', `/tranches?status=eligible&limit=100`, { token: officer })).body;
      return queue.items?.some(
        (t: { grantId: string; trancheNumber: number }) => t.grantId === reporting.grantId && t.trancheNumber === 2,
      );
    }, 30_000);
    expect((await app.request('GET', `/grants/${reporting.grantId}`, { token: flow.pm })).body.tranches[1].status).toBe(
      'eligible',
    );
  });

  it('suspends and resumes a grant from its page', async () => {
    await page.goto(`/manage/grants/${reporting.grantId}`);
    await page.locator('[data-grant-status="active"]').waitFor();
    await page.getByRole('button', { name: 'Suspendre' }).click();
    await fieldError('reason').waitFor();
    await page.getByLabel('Motif').fill('Visite de terrain en attente.');
    await page.getByRole('button', { name: 'Suspendre' }).click();
    await statusOrRefusal('suspended');
    await check('manager-grant');
    await page.getByLabel('Motif').fill('Visite faite.');
    await page.getByRole('button', { name: 'Reprendre' }).click();
    await statusOrRefusal('active');
    expect((await app.request('GET', `/grants/${reporting.grantId}`, { token: flow.pm })).body.status).toBe('active');
  });

  it('shows the portfolio: charts and figures as the API counts them, whom to call, grants at risk, exports', async () => {
    // The late group's report is overdue and its grant flagged at risk by the workflow's timers.
    await eventually(
      async () => (await app.request('GET', `/grants/${late.grantId}`, { token: flow.pm })).body.atRisk === true,
      60_000,
    );
    // A slipped milestone: no timer moves a due date and a proposal cannot plan one in the past, so it is seeded.
    const [slipped] = await app.dataSource.query(
      `WITH moved AS (
         UPDATE proposal_milestones SET due_date = current_date - 12
          WHERE id = (SELECT id FROM proposal_milestones WHERE grant_id = $1 ORDER BY due_date, id LIMIT 1)
          RETURNING id, title)
       SELECT id, title FROM moved`,
      [late.grantId],
    );
    await page.goto(`/manage/portfolio?roundId=${flow.roundId}`);
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord du portefeuille' }).waitFor();
    const summary = (await app.request('GET', `/portfolio/summary?roundId=${flow.roundId}`, { token: flow.pm })).body;
    const round = summary.rounds[0];
    for (const key of ['total', 'reserved', 'disbursed', 'remaining']) {
      expect(plain(await page.locator(`[data-figure="${key}"]`).textContent())).toBe(money(round.envelope[key]));
    }
    expect(round.envelope.reserved).toBe(70_000_000);
    // Bars drawn by the chart library, and the same figures in the table under each chart.
    await page.locator('[data-chart="regions"] .recharts-bar-rectangle').first().waitFor();
    await page.locator('[data-chart="reach"] .recharts-bar-rectangle').first().waitFor();
    const conakry = round.regions.find((r: { region: string }) => r.region === 'conakry');
    expect(
      await page
        .locator('[data-chart="regions"] [data-row="conakry"] [data-series="awarded"]')
        .getAttribute('data-value'),
    ).toBe(String(conakry.grants.awarded));
    expect(
      await page
        .locator('[data-chart="regions"] [data-row="conakry"] [data-series="disbursed"]')
        .getAttribute('data-value'),
    ).toBe(String(conakry.grants.disbursed));
    for (const k of ['total', 'women', 'youth']) {
      expect(
        await page.locator(`[data-chart="reach"] [data-row="${k}"] [data-series="target"]`).getAttribute('data-value'),
      ).toBe(String(round.beneficiaries.target[k]));
      expect(
        await page.locator(`[data-chart="reach"] [data-row="${k}"] [data-series="reached"]`).getAttribute('data-value'),
      ).toBe(String(round.beneficiaries.reached[k]));
    }
    expect(round.beneficiaries.reached.women).toBe(170);

    // Whom to call: the late group, with its phone number; and its grant at risk with the reason.
    const [lateReport] = (await app.request('GET', `/grants/${late.grantId}/reports`, { token: flow.pm })).body;
    const lateCard = page.locator(`[data-late-report="${lateReport.id}"]`);
    await lateCard.waitFor();
    expect(await lateCard.locator('[data-phone]').getAttribute('href')).toBe('tel:+224620000000');
    const risk = page.locator(`[data-at-risk="${late.grantId}"]`);
    await risk.waitFor();
    expect(plain(await risk.textContent())).toContain('Dialogue police-jeunes à Kaloum');
    // Why, in the reader's language (the stored reason is the operators' English text).
    // How many reports are late grows while the test runs (a report period is 20 s here): any count, said in French.
    expect(plain(await risk.textContent())).toMatch(/À risque depuis le \d{1,2} \S+ \d{4} — rapports en retard : \d+/);
    expect(plain(await risk.textContent())).not.toContain('overdue since');
    const lateMilestones = (
      await app.request('GET', `/portfolio/milestones?roundId=${flow.roundId}&status=late`, { token: flow.pm })
    ).body.items;
    expect(lateMilestones.find((m: { milestoneId: string }) => m.milestoneId === slipped.id)).toMatchObject({
      daysLate: 12,
      grant: { id: late.grantId },
    });
    const slippedCard = page.locator(`[data-late-milestone="${slipped.id}"]`);
    await slippedCard.waitFor();
    expect(plain(await slippedCard.textContent())).toContain(slipped.title);
    expect(plain(await slippedCard.textContent())).toContain('Dialogue police-jeunes à Kaloum');
    expect(plain(await slippedCard.textContent())).toContain('12 jours de retard');
    await check('manager-portfolio');

    // The region filter narrows the figures; an export downloads the file.
    await page.getByLabel('Région', { exact: true }).selectOption('kankan');
    await page.waitForURL(/region=kankan/);
    await page.locator('[data-chart="regions"] .empty').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-export="grants.csv"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('grants.csv');
    await check();
  });

  it('terminates a grant and closes another from their page, each with a reason and a confirmation', async () => {
    // Terminate: the confirmation says what is cancelled; without a reason the API's error sits under the field.
    await page.goto(`/manage/grants/${late.grantId}`);
    await page.locator('[data-grant-status="active"]').waitFor();
    await page.getByRole('button', { name: 'Résilier' }).click();
    const dialog = page.getByRole('alertdialog');
    expect(plain(await dialog.textContent())).toContain('Résilier « Dialogue police-jeunes à Kaloum » ?');
    expect(plain(await dialog.textContent())).toContain(`Les tranches non versées (${money(30_000_000)})`);
    await check();
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await app.request('GET', `/grants/${late.grantId}`, { token: flow.pm })).body.status).toBe('active');
    await page.getByRole('button', { name: 'Résilier' }).click();
    await page.getByRole('button', { name: 'Confirmer la résiliation' }).click();
    await fieldError('reason').waitFor();
    expect((await app.request('GET', `/grants/${late.grantId}`, { token: flow.pm })).body.status).toBe('active');
    const why = 'Aucun rapport depuis la signature, organisation injoignable.';
    await page.getByLabel('Motif').fill(why);
    await page.getByRole('button', { name: 'Résilier' }).click();
    await page.getByRole('button', { name: 'Confirmer la résiliation' }).click();
    await page.locator('[data-grant-status="terminated"]').waitFor();
    await check('manager-grant-terminated');
    const terminated = (await app.request('GET', `/grants/${late.grantId}`, { token: flow.pm })).body;
    expect(terminated).toMatchObject({ status: 'terminated', statusReason: why });
    expect(terminated.tranches.every((t: { status: string }) => t.status === 'cancelled')).toBe(true);

    // Close: a grant through every tranche and report (by the API, as its people would) reaches closeout.
    const g = await flow.approvedGrant(20_000_000, { title: 'Veille citoyenne à Coyah' });
    const path = `/grants/${g.grantId}`;
    expect(
      (await app.request('POST', `${path}/agreement/sign`, { token: g.applicant.token, body: mobileMoney })).status,
    ).toBe(200);
    const grant = async () => (await app.request('GET', path, { token: flow.pm })).body;
    const milestones = (await app.request('GET', `${path}/milestones`, { token: flow.pm })).body;
    const reports = (await app.request('GET', `${path}/reports`, { token: flow.pm })).body;
    let paid = 0;
    for (const [i, report] of reports.entries()) {
      const n = i + 1;
      const tr = (await grant()).tranches.find((t: { number: number }) => t.number === n);
      if (tr) {
        await eventually(async () => (await grant()).tranches[i].status === 'eligible', 30_000);
        const post = (action: string, token: string, body: Record<string, unknown> = {}) =>
          app.request('POST', `${path}/tranches/${n}/${action}`, { token, body });
        expect((await post('request-release', g.officer.token)).status).toBe(200);
        expect((await post('approve-release', g.approver.token)).status).toBe(200);
        await eventually(async () => (await grant()).tranches[i].status === 'disbursing', 30_000);
        const confirmed = await post('confirm-payment', g.officer.token, {
          reference: `OM-COYAH-${n}`,
          paidAt: new Date().toISOString(),
          amount: tr.amount,
        });
        expect(confirmed.body.status).toBe('disbursed');
        paid += tr.amount;
      }
      const submitted = await app.request('POST', `${path}/reports/${report.id}/submit`, {
        token: g.applicant.token,
        body: {
          narrative: `Rapport ${n} : patrouilles tenues.`,
          beneficiaries: { total: 100 * n, women: 50 * n, youth: 40 * n },
          indicators: [{ key: 'people_reached', value: 100 * n }],
          expenditures: [{ category: 'equipment', amount: 0 }],
          milestones: milestones.map((m: { id: string }) => ({ id: m.id, status: 'achieved' })),
        },
      });
      expect(submitted.body).toMatchObject({ status: 'submitted' });
      const accepted = await app.request('POST', `${path}/reports/${report.id}/accept`, { token: flow.pm, body: {} });
      expect(accepted.body).toMatchObject({ status: 'accepted' });
    }
    await eventually(async () => (await grant()).status === 'closing', 60_000);
    expect(paid).toBe(20_000_000);

    await page.goto(`/manage/grants/${g.grantId}`);
    await page.locator('[data-grant-status="closing"]').waitFor();
    expect(await page.getByRole('button', { name: 'Résilier' }).count()).toBe(0);
    // More back than was paid: refused, said on the page, nothing changes.
    await page.getByLabel('Montant non dépensé restitué (GNF)').fill('20 000 001');
    await page.getByRole('button', { name: 'Clôturer' }).click();
    await page.getByRole('button', { name: 'Confirmer la clôture' }).click();
    await page.locator('.problem, .field-error').first().waitFor();
    expect((await grant()).status).toBe('closing');
    await page.getByLabel('Montant non dépensé restitué (GNF)').fill('500 000');
    await page.getByLabel('Référence du remboursement').fill('OM-2028-0042');
    await page.getByLabel('Note de clôture').fill('Reliquat restitué par Orange Money.');
    await page.getByRole('button', { name: 'Clôturer' }).click();
    const confirm = page.getByRole('alertdialog');
    expect(plain(await confirm.textContent())).toContain(`Montant restitué enregistré : ${money(500_000)}`);
    await check('manager-grant-close');
    await page.getByRole('button', { name: 'Confirmer la clôture' }).click();
    await page.locator('[data-grant-status="closed"]').waitFor();
    await check();
    expect(await grant()).toMatchObject({
      status: 'closed',
      disbursedAmount: 20_000_000,
      unspentReturnedAmount: 500_000,
    });
  });
});
