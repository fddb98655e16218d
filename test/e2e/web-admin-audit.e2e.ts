import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '@csf/domain';
import { TestApp } from '../support/app';
import {
  checkPage,
  ensureWebBuild,
  launchBrowser,
  phoneContext,
  navigate,
  openMenu,
  plainText,
} from '../support/browser';
import { csvRecords } from '../support/csv';
import { PASSWORD } from '../support/factory';
import { awaitMessage } from '../support/outbox';

/**
 * The administrator and the auditor in the portal (issue 12, screen 9), in a real Chromium at 360×640 against the
 * real API, worker, PostgreSQL and Temporal: the admin invites a finance officer (who sets a password from the
 * link in the outbox), is refused a second finance role next to the roles, deactivates a reviewer and reads an
 * organisation; the auditor then finds those actions in the audit trail, pages through it, reads a change's before
 * and after, sees a bad date range explained next to the field, and downloads the CSV.
 */
const NEW_PASSWORD = 'manguier-fleuri-2027';
const OFFICER_EMAIL = 'kadiatou.sow@test.example';

describe('web portal: administrator and auditor (browser, e2e)', () => {
  jest.setTimeout(300_000);
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let admin: { id: string; email: string; token: string };
  let auditorEmail: string;
  let reviewer: { id: string; email: string };
  let organizationName: string;

  beforeAll(async () => {
    ensureWebBuild();
    [app, browser] = await Promise.all([TestApp.start(), launchBrowser()]);
    const a = await app.factory.newUser([Role.ADMIN], { displayName: 'Mariama Diallo' });
    admin = { id: a.id, email: a.email, token: await app.login(a.email) };
    auditorEmail = (await app.factory.newUser([Role.AUDITOR], { displayName: 'Alpha Barry' })).email;
    const r = await app.factory.newUser([Role.REVIEWER], { displayName: 'Ibrahima Évaluateur' });
    reviewer = { id: r.id, email: r.email };
    await app.factory.newUser([Role.FINANCE_APPROVER], { displayName: 'Fatou Approbatrice' });
    const org = await app.factory.newOrganization({
      name: 'Jeunesse citoyenne de Kankan',
      region: 'kankan',
      commune: 'kankan-centre',
      status: 'pending_verification',
      registrationNumber: 'RC-KAN-2026-12',
    });
    organizationName = org.name;
    await app.factory.newUser([Role.APPLICANT], { displayName: 'Mamadou Keïta', organizationId: org.id });
    // Enough of the admin's own actions for the audit trail to need a second page (20 a page).
    for (let i = 0; i < 21; i++) {
      const res = await app.request('POST', '/users/invitations', {
        token: admin.token,
        body: { email: `relais${i}@test.example`, roles: ['reviewer'], displayName: `Relais ${i}` },
      });
      expect(res.status).toBe(201);
    }
  });
  afterEach(async () => {
    await context?.close();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const check = (shot?: string) => checkPage(page, shot);
  const main = async () => plainText(await page.locator('main').textContent());

  async function signIn(email: string, next: string, heading: string, password = PASSWORD) {
    await context?.close();
    context = await phoneContext(browser, app.baseUrl, { acceptDownloads: true });
    page = await context.newPage();
    await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    await page.getByLabel('Téléphone ou e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }

  it('the admin invites a finance officer, is refused both finance roles next to the roles, deactivates a reviewer and reads an organisation', async () => {
    await signIn(admin.email, '/admin/people', 'Personnes et invitations');
    // Their links, in the header: people, organisations and the audit trail.
    const nav = await openMenu(page);
    for (const link of ['Personnes', 'Organisations', 'Journal d’audit'])
      await nav.getByRole('link', { name: link, exact: true }).waitFor();
    // Folded again, so that the screenshot shows the list rather than the menu over it.
    const toggle = nav.getByRole('button', { name: 'Menu' });
    if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
    // Newest first, 20 at a time: the 21 people just invited, then the rest on demand.
    await page.getByText('20 personnes affichées').waitFor();
    expect(await main()).toContain('Relais 20');
    expect(await main()).not.toContain('Fatou Approbatrice');
    await check('admin-people');
    await page.getByRole('button', { name: 'Afficher plus' }).click();
    await page.getByText('26 personnes affichées').waitFor();
    expect(await main()).toContain('Fatou Approbatrice');

    // Filters: by role, then by a name.
    await page.getByLabel('Rôle', { exact: true }).selectOption({ label: 'Approbateur financier' });
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.waitForURL(/role=finance_approver/);
    await page.getByText('1 personne affichée').waitFor();
    expect(await main()).toContain('Fatou Approbatrice');
    await page.getByLabel('Rôle', { exact: true }).selectOption('');
    await page.getByLabel('Rechercher (nom, e-mail, téléphone)').fill('zzz-personne');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.getByText('Personne ne correspond à ces critères.').waitFor();
    await check();

    // Invite: both finance roles are refused next to the roles, with nothing created; one is accepted.
    await page.goto('/admin/people/invite');
    await page.getByRole('heading', { level: 1, name: 'Inviter une personne' }).waitFor();
    await page.getByLabel('Adresse e-mail').fill(OFFICER_EMAIL);
    await page.getByLabel('Nom complet').fill('Kadiatou Sow');
    await page.getByRole('checkbox', { name: 'Agent financier' }).check();
    await page.getByRole('checkbox', { name: 'Approbateur financier' }).check();
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    const rolesError = page.locator('fieldset[data-field="roles"] .field-error');
    await rolesError.waitFor();
    expect(await rolesError.textContent()).toBe(
      'Une même personne ne peut pas être à la fois agent financier et approbateur financier.',
    );
    expect(await page.locator('fieldset[data-field="roles"]').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Nom complet').inputValue()).toBe('Kadiatou Sow');
    expect(
      (await app.dataSource.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [OFFICER_EMAIL]))[0].n,
    ).toBe(0);
    await check('admin-invite-refused');
    await page.getByRole('checkbox', { name: 'Approbateur financier' }).uncheck();
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await page.getByText(`Invitation envoyée à ${OFFICER_EMAIL}.`).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Kadiatou Sow');
    expect(await page.locator('[data-invitation]').getAttribute('data-invitation')).toBe('pending');
    const personUrl = page.url();
    await check('admin-person-invited');

    // The invited officer follows the link from the outbox and sets a password.
    const message = await awaitMessage(app.outboxFile, OFFICER_EMAIL, 'account_invitation');
    const link = /https?:\/\/\S+?(\/invitation\?token=[A-Za-z0-9_-]+)/.exec(message.text)![1];
    const officer = await phoneContext(browser, app.baseUrl);
    const officerPage = await officer.newPage();
    await officerPage.goto(link);
    await officerPage.getByLabel('Nouveau mot de passe').fill(NEW_PASSWORD);
    await officerPage.getByRole('button', { name: 'Enregistrer et me connecter' }).click();
    await officerPage.waitForURL(/\/profile\?welcome=1$/);
    await officerPage.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    expect(plainText(await officerPage.locator('main').textContent())).toContain('Agent financier');
    await officer.close();

    // Back on her page: the account is active; adding the approver role is refused next to the roles.
    await page.goto(personUrl.replace(/\?.*$/, ''));
    await page.locator('[data-status="active"]').first().waitFor();
    expect(await page.locator('[data-invitation]').getAttribute('data-invitation')).toBe('accepted');
    await page.getByRole('checkbox', { name: 'Approbateur financier' }).check();
    await page.getByRole('button', { name: 'Enregistrer les rôles' }).click();
    await rolesError.waitFor();
    expect(await rolesError.textContent()).toBe(
      'Une même personne ne peut pas être à la fois agent financier et approbateur financier.',
    );
    await check('admin-person-roles-refused');
    const [stored] = await app.dataSource.query('SELECT roles FROM users WHERE email = $1', [OFFICER_EMAIL]);
    expect(stored.roles).toEqual(['finance_officer']);
    // A role that fits is saved.
    await page.getByRole('checkbox', { name: 'Approbateur financier' }).uncheck();
    await page.getByRole('checkbox', { name: 'Auditeur' }).check();
    await page.getByRole('button', { name: 'Enregistrer les rôles' }).click();
    await page.getByText('Rôles enregistrés.').waitFor();
    expect((await app.dataSource.query('SELECT roles FROM users WHERE email = $1', [OFFICER_EMAIL]))[0].roles).toEqual([
      'finance_officer',
      'auditor',
    ]);

    // Deactivating the reviewer asks first; Cancel (or Escape) changes nothing.
    expect(
      (await app.request('POST', '/auth/login', { body: { email: reviewer.email, password: PASSWORD } })).status,
    ).toBe(200);
    await page.goto(`/admin/people/${reviewer.id}`);
    await page.getByRole('heading', { level: 1, name: 'Ibrahima Évaluateur' }).waitFor();
    await page.getByRole('button', { name: 'Désactiver le compte' }).click();
    await page.getByRole('alertdialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Désactiver le compte' }).click();
    expect(await page.getByRole('alertdialog').textContent()).toContain(
      'Désactiver le compte de Ibrahima Évaluateur ?',
    );
    await check('admin-person-deactivate');
    await page.getByRole('button', { name: 'Oui, désactiver' }).click();
    await page.getByText('Compte désactivé. Ses sessions sont terminées.').waitFor();
    await page.locator('[data-status="inactive"]').waitFor();
    expect(
      (await app.request('POST', '/auth/login', { body: { email: reviewer.email, password: PASSWORD } })).status,
    ).not.toBe(200);
    await page.getByRole('button', { name: 'Réactiver le compte' }).waitFor();
    await check();

    // Organisations: the staff search, then one organisation with its status and members.
    await navigate(page, 'Organisations');
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    await page.getByLabel('Statut').selectOption({ label: 'En attente de vérification' });
    // The unfiltered list stays on screen until the new search starts: wait for the filtered answer.
    const filtered = page.waitForResponse(
      (r) => r.url().includes('/api/v1/organizations?') && r.url().includes('status=pending_verification'),
    );
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.waitForURL(/status=pending_verification/);
    await filtered;
    await page.getByRole('link', { name: organizationName }).waitFor();
    expect(await main()).toContain('N° d’enregistrement : RC-KAN-2026-12');
    await check('admin-organizations');
    await page.getByRole('link', { name: organizationName }).click();
    await page.getByRole('heading', { level: 1, name: organizationName }).waitFor();
    expect(await page.locator('[data-status]').textContent()).toBe('En attente de vérification');
    expect(await main()).toContain('Mamadou Keïta');
    expect(await main()).toContain('Kankan');
    await check('admin-organization');
  });

  it('the auditor finds the admin’s actions, pages through them, reads a change’s before and after, and downloads the CSV', async () => {
    await signIn(auditorEmail, '/audit', 'Journal d’audit');
    // Read-only: no people or organisation screens in the header.
    const nav = await openMenu(page);
    await nav.getByRole('link', { name: 'Journal d’audit', exact: true }).waitFor();
    expect(await nav.getByRole('link', { name: 'Personnes', exact: true }).count()).toBe(0);
    await page.getByText('20 événements affichés').waitFor();
    await check();

    // What the admin did, by name.
    await page.getByLabel('Auteur').selectOption({ label: `Mariama Diallo (${admin.email})` });
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.waitForURL(new RegExp(`actorId=${admin.id}`));
    const api = await app.request('GET', `/audit-events?actorId=${admin.id}&limit=100`, { token: admin.token });
    const total = api.body.items.length;
    // 21 invitations, the officer's, the role change and the deactivation.
    expect(total).toBe(24);
    const cards = page.locator('li.event');
    await page.getByText('20 événements affichés').waitFor();
    expect(await cards.first().getAttribute('data-event')).toBe('user.deactivated');
    expect(plainText(await cards.first().textContent())).toContain('Par Mariama Diallo · Administrateur');
    // The deactivation's before and after, in words.
    const active = cards.first().locator('tr[data-field="active"]');
    expect(await active.locator('td').allTextContents()).toEqual(['Oui', 'Non']);
    expect(await active.getAttribute('data-changed')).toBe('true');
    await check();
    await page.getByRole('button', { name: 'Événements plus anciens' }).click();
    await page.getByText(`${total} événements affichés`).waitFor();
    await page.getByText('Fin du journal pour ces filtres.').waitFor();
    expect(await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-event')))).toEqual(
      api.body.items.map((e: any) => e.action),
    );

    // The role change, from that event's record: only this person's history, with the roles before and after.
    const roleChange = page.locator('li.event[data-event="user.updated"]');
    const roles = roleChange.locator('tr[data-field="roles"] td');
    expect(await roles.allTextContents()).toEqual(['Agent financier', 'Agent financier, Auditeur']);
    await roleChange.getByRole('button', { name: 'Tout l’historique de cet objet' }).click();
    await page.waitForURL(/entityType=user&entityId=/);
    // Read once the search has rendered: the address changes a frame before React shows it in the form.
    await page.getByText('3 événements affichés').waitFor();
    expect(await page.getByLabel('Identifiant de l’objet').inputValue()).toMatch(/^[0-9a-f-]{36}$/);
    expect(await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-event')))).toEqual([
      'user.updated',
      'user.invitation_accepted',
      'user.invited',
    ]);
    expect(plainText(await page.locator('li.event[data-event="user.invitation_accepted"]').textContent())).toContain(
      'Par Kadiatou Sow',
    );
    await check('audit-search');

    // A range that ends before it starts: the API's words next to the field, the export held back.
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await page.waitForURL(/\/audit$/);
    await page.getByText('20 événements affichés').waitFor();
    expect(await page.getByLabel('Identifiant de l’objet').inputValue()).toBe('');
    await page.getByLabel('Du', { exact: true }).fill('2026-12-10');
    await page.getByLabel('Au (inclus)').fill('2026-12-01');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    const toError = page.locator('.field-error');
    await toError.waitFor();
    expect(await toError.textContent()).toBe('Dates dans le désordre.');
    expect(await page.getByLabel('Au (inclus)').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('button', { name: 'Exporter en CSV' }).isDisabled()).toBe(true);
    await check('audit-search-range');

    // The CSV of the admin's actions: every one of them (not only the page shown), oldest first.
    await page.goto(`/audit?actorId=${admin.id}`);
    await page.getByText('20 événements affichés').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter en CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('audit.csv');
    const { header, records } = csvRecords(readFileSync((await download.path())!, 'utf8'));
    expect(header.slice(0, 3)).toEqual(['N° d’événement', 'Date et heure (UTC)', 'Action']);
    expect(records.map((r) => r['N° d’événement'])).toEqual(api.body.items.map((e: any) => e.id).reverse());
    expect(records.every((r) => r.Auteur === 'Mariama Diallo')).toBe(true);
    await page.getByText('Le fichier audit.csv est téléchargé (mêmes filtres, tous les événements).').waitFor();
    await check();
  });
});
