import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '@csf/domain';
import { TestApp } from '../support/app';
import {
  checkPage,
  ensureWebBuild,
  launchBrowser,
  phoneContext,
  menuItem,
  navigate,
  plainText as plain,
  frenchDate,
} from '../support/browser';
import { eventually } from '../support/eventually';
import { awaitMessage } from '../support/outbox';

/**
 * The web portal in a real Chromium against the real API, worker, PostgreSQL and Temporal (issue 11). Screenshots
 * go to docs/screenshots/ with UPDATE_SCREENSHOTS=1 (committed), else to a temporary folder.
 */
const PASSWORD = 'grenier-mangue-2027';
const PHONE = '+224620004455';

describe('web portal (browser, e2e)', () => {
  jest.setTimeout(240_000);
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ensureWebBuild();
    [app, browser] = await Promise.all([TestApp.start(), launchBrowser()]);
    context = await phoneContext(browser, app.baseUrl);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
  });

  const check = (name: string) => checkPage(page, name);

  it('serves the portal on the API origin without hiding the API’s own answers', async () => {
    const home = await fetch(`${app.baseUrl}/`, { headers: { accept: 'text/html' } });
    expect(home.status).toBe(200);
    expect(home.headers.get('cache-control')).toBe('no-cache');
    const html = await home.text();
    expect(html).toContain('<div id="root">');

    // A portal route reloaded in the browser gets the portal.
    const deep = await fetch(`${app.baseUrl}/rounds/whatever?x=1`, { headers: { accept: 'text/html' } });
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe(html);

    const asset = readdirSync(join(__dirname, '../../dist/web/assets')).find((f) => f.endsWith('.js'))!;
    const script = await fetch(`${app.baseUrl}/assets/${asset}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toContain('immutable');
    // Bodies are read to the end: an unread one keeps its connection, and jest, open.
    await script.arrayBuffer();
    // A missing asset is a 404, not the page (a stale tab would otherwise run HTML as JavaScript).
    const gone = await fetch(`${app.baseUrl}/assets/gone-123.js`, { headers: { accept: 'text/html' } });
    expect(gone.status).toBe(404);
    await gone.arrayBuffer();

    // Unknown API paths stay problem+json 404 even for a browser; known ones with a wrong method stay 405.
    const unknown = await fetch(`${app.baseUrl}/api/v1/nothing-here`, { headers: { accept: 'text/html,*/*' } });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    await unknown.arrayBuffer();
    const wrongMethod = await app.request('DELETE', '/public/rounds');
    expect(wrongMethod.status).toBe(405);
    const health = await fetch(`${app.baseUrl}/health/live`, { headers: { accept: 'text/html' } });
    expect(health.headers.get('content-type')).toContain('json');
    await health.arrayBuffer();
  });

  it('takes a group from the open calls to a verified organisation on a 360×640 phone, then in English', async () => {
    const round = await app.factory.newRound({ nameFr: 'Quartiers sûrs 2027', nameEn: 'Safe neighbourhoods 2027' });
    const pm = await app.actor([Role.PROGRAM_MANAGER]);

    // Home: the open call, its money in GNF with French grouping and its dates.
    await page.goto('/');
    await page.getByRole('link', { name: /Quartiers sûrs 2027/ }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    const card = plain(await page.locator('.card').first().textContent());
    expect(card).toContain('Jusqu’à 60 000 000 GNF par projet');
    expect(card).toMatch(new RegExp(`au ${frenchDate(new Date(round.closesAt).toISOString())}`));
    await check('home');

    // The call's rules in plain language.
    await page.getByRole('link', { name: /Quartiers sûrs 2027/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Quartiers sûrs 2027', exact: true }).waitFor();
    expect(plain(await page.locator('main').textContent())).toContain(
      'L’argent est versé en 3 fois : 40 %, 40 %, 20 %',
    );
    await check('round');

    // Registration by phone: a wrong number is pointed out next to the field, in French, and nothing typed is lost.
    await page.getByRole('link', { name: 'Déposer un projet' }).click();
    await page.getByLabel('Votre nom').fill('Aïssatou Camara');
    await page.getByLabel('Numéro de téléphone').fill('62 00');
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Recevoir le code' }).click();
    const phoneInput = page.getByLabel('Numéro de téléphone');
    await page.locator('.field-error').first().waitFor();
    expect(await phoneInput.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.field-error').first().textContent()).toMatch(/téléphone|numéro/i);
    expect(await page.getByLabel('Votre nom').inputValue()).toBe('Aïssatou Camara');
    await check('register-error');

    await phoneInput.fill('+224 620 00 44 55');
    await page.getByRole('button', { name: 'Recevoir le code' }).click();
    await page.getByRole('heading', { name: 'Entrez le code' }).waitFor();
    await check('register-code');
    const message = await awaitMessage(app.outboxFile, PHONE, 'account_verification_code');
    const code = /\b(\d{6})\b/.exec(message.text)![1];
    await page.getByLabel('Code reçu').fill(code);
    await page.getByRole('button', { name: 'Confirmer' }).click();

    // Signed in: the organisation, then its verification status.
    await page.getByRole('heading', { name: 'Enregistrer votre organisation' }).waitFor();
    await check('organization-new');
    await page.getByLabel('Nom de l’organisation').fill('Association des femmes de Matoto');
    await page.getByLabel('Type d’organisation').selectOption('womens_association');
    await page.getByLabel('Région').selectOption('conakry');
    await page.getByLabel('Commune').fill('Matoto');
    await page.getByLabel('Téléphone de l’organisation').fill('+224 620 00 44 55');
    await page.getByRole('button', { name: 'Enregistrer l’organisation' }).click();
    const status = page.locator('[data-status]');
    await status.waitFor();
    expect(await status.getAttribute('data-status')).toBe('pending_verification');
    expect(await status.textContent()).toBe('En attente de vérification');
    await check('organization-pending');

    const [{ id }] = await app.dataSource.query(
      `SELECT id FROM organizations WHERE name = 'Association des femmes de Matoto'`,
    );
    const verified = await app.request('POST', `/organizations/${id}/verify`, {
      token: pm.token,
      body: { verified: true, note: 'Récépissé vu.' },
    });
    expect(verified.status).toBe(200);
    await page.reload();
    await page.locator('[data-status="verified"]').waitFor();
    expect(await page.locator('[data-status]').textContent()).toBe('Vérifiée');
    await check('organization-verified');

    // At 360 px the signed-in links fold into « Menu »: the header stays one line, the links are the group's.
    const nav = page.getByRole('navigation');
    const menu = nav.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link').count()).toBe(0);
    expect((await page.locator('header').boundingBox())!.height).toBeLessThanOrEqual(72);
    // Keyboard: Enter opens it, Tab goes to its first link, Escape closes it and gives the focus back.
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Appels à projets',
      'Mon organisation',
      'Mes projets',
      'Ma subvention',
      'Messages',
      'Mon profil',
    ]);
    expect(await nav.getByRole('button', { name: 'Se déconnecter' }).isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Appels à projets');
    await checkPage(page, 'menu-open');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate('document.activeElement.getAttribute("aria-controls")')).toBe('nav-links');
    // A tap beside it closes it; a link followed (even to this very page) closes it.
    await menu.click();
    await page.mouse.click(180, 630);
    await nav.locator('[aria-controls="nav-links"][aria-expanded="false"]').waitFor({ timeout: 5_000 });
    await navigate(page, 'Mon organisation');
    await nav.locator('[aria-controls="nav-links"][aria-expanded="false"]').waitFor({ timeout: 5_000 });
    // A wide screen: the links are a row and there is no button.
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await menu.isVisible()).toBe(false);
    const rows = new Set(
      await Promise.all((await nav.getByRole('link').all()).map(async (link) => (await link.boundingBox())!.y)),
    );
    expect(rows.size).toBe(1);
    expect((await nav.getByRole('button', { name: 'Se déconnecter' }).boundingBox())!.y).toBe([...rows][0]);
    await page.setViewportSize({ width: 360, height: 640 });

    // English, remembered across a reload.
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('[data-status]', { hasText: 'Verified' }).waitFor();
    await page.reload();
    await menuItem(page, 'Sign out', 'button');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('[data-status]').textContent()).toBe('Verified');
    await check('organization-verified-en');
    await page.getByRole('button', { name: 'Français' }).click();
    await menuItem(page, 'Se déconnecter', 'button');
  });

  it('drafts a proposal: budget totals follow the typing, a mismatch is pointed out, nothing typed is lost offline or on closing', async () => {
    await navigate(page, 'Mes projets');
    await page.getByText('Vous n’avez pas encore de projet.').waitFor();
    await page.getByLabel('Pour l’appel').selectOption({ label: 'Quartiers sûrs 2027' });
    await page.getByRole('button', { name: 'Commencer le brouillon' }).click();
    await page.getByLabel('Titre du projet').waitFor();
    await check('proposal-new');

    await page.getByLabel('Titre du projet').fill('Lampadaires solaires à Matoto');
    await page.getByRole('button', { name: 'Ajouter une ligne de budget' }).click();
    await page.getByLabel('Description').nth(0).fill('Lampadaires solaires');
    await page.getByLabel('Quantité').nth(0).fill('20');
    await page.getByLabel('Prix unitaire (GNF)').nth(0).fill('1 500 000');
    expect(plain(await page.locator('[data-line-total="0"]').textContent())).toBe('Total de la ligne : 30 000 000 GNF');
    await page.getByRole('button', { name: 'Ajouter une ligne de budget' }).click();
    await page.getByLabel('Quantité').nth(1).fill('10');
    await page.getByLabel('Prix unitaire (GNF)').nth(1).fill('1500000');
    expect(plain(await page.locator('[data-budget-total]').textContent())).toBe('Total du budget : 45 000 000 GNF');

    // A requested amount that is not the budget total is pointed out as it is typed, with a way to fix it.
    await page.getByLabel('Montant demandé (GNF)').fill('50 000 000');
    expect(plain(await page.locator('[data-mismatch]').textContent())).toContain(
      'Le total du budget (45 000 000 GNF) ne correspond pas au montant demandé (50 000 000 GNF)',
    );
    await check('proposal-mismatch');
    await page.getByRole('button', { name: 'Demander le total du budget' }).click();
    expect(await page.locator('[data-mismatch]').count()).toBe(0);
    expect(await page.getByLabel('Montant demandé (GNF)').inputValue()).toBe('45000000');

    // The second line has no description: the API's field error lands on that line, and what was typed stays.
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await page.locator('[data-budget-line="1"] .field-error').waitFor();
    expect(await page.getByLabel('Quantité').nth(1).inputValue()).toBe('10');
    await page.getByLabel('Description').nth(1).fill('Patrouilles de nuit');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await page.getByText('Brouillon enregistré.').waitFor();

    await page.reload();
    await page.getByLabel('Titre du projet').waitFor();
    expect(await page.getByLabel('Titre du projet').inputValue()).toBe('Lampadaires solaires à Matoto');
    expect(plain(await page.locator('[data-budget-total]').textContent())).toBe('Total du budget : 45 000 000 GNF');
    const [row] = await app.dataSource.query(
      `SELECT requested_amount FROM proposals WHERE title = 'Lampadaires solaires à Matoto'`,
    );
    expect(Number(row.requested_amount)).toBe(45_000_000);
    await check('proposal-draft');

    // The connection drops while saving: the page says so, keeps what was typed and sends it when it comes back.
    const draftUrl = page.url();
    await context.setOffline(true);
    await page.getByLabel('Résumé en une ou deux phrases').fill('Éclairer les rues où les femmes rentrent du marché.');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await page.getByText('Pas de connexion').waitFor();
    await context.setOffline(false);
    await page.getByText('Brouillon enregistré.').waitFor();
    const [afterReconnect] = await app.dataSource.query(
      `SELECT summary FROM proposals WHERE title = 'Lampadaires solaires à Matoto'`,
    );
    expect(afterReconnect.summary).toBe('Éclairer les rues où les femmes rentrent du marché.');

    // Typed, never sent, the page closed: it is all there when the draft is opened again.
    await page.getByLabel('Titre du projet').fill('Lampadaires solaires pour Matoto');
    await page.close();
    page = await context.newPage();
    await page.goto(draftUrl);
    await page.getByText('Vos modifications non enregistrées ont été gardées sur cet appareil.').waitFor();
    expect(await page.getByLabel('Titre du projet').inputValue()).toBe('Lampadaires solaires pour Matoto');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await page.getByText('Brouillon enregistré.').waitFor();
    expect(
      (await app.dataSource.query(`SELECT title FROM proposals WHERE id = $1`, [draftUrl.split('/').pop()]))[0].title,
    ).toBe('Lampadaires solaires pour Matoto');

    // Submitting too early: « Vérifiez vos réponses » lists what the submit would refuse, each a link to its
    // field, and says it next to each field; nothing is submitted.
    await page.getByRole('button', { name: 'Déposer le projet' }).click();
    const checkStep = page.locator('section[data-check="problems"]');
    await checkStep.getByRole('heading', { name: 'Vérifiez vos réponses' }).waitFor();
    const problemStatement = page.getByLabel('Le problème de sécurité que le projet traite');
    expect(await problemStatement.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Début du projet').getAttribute('aria-invalid')).toBe('true');
    const listed = await checkStep.locator('[data-check-problems] a').allTextContents();
    expect(listed).toEqual(expect.arrayContaining(['Le problème de sécurité que le projet traite', 'Début du projet']));
    await checkStep.getByRole('link', { name: 'Le problème de sécurité que le projet traite' }).click();
    // The link took the focus to that very field (a string: no DOM types in the tests' compiler settings).
    expect(await page.evaluate('document.activeElement?.getAttribute("name")')).toBe('problemStatement');
    expect(
      (await app.dataSource.query(`SELECT status FROM proposals WHERE id = $1`, [draftUrl.split('/').pop()]))[0].status,
    ).toBe('draft');
    await check('proposal-incomplete');

    await problemStatement.fill('Les rues de Matoto sont sombres la nuit ; des femmes y ont été agressées.');
    await page.getByLabel('Région').selectOption('conakry');
    await page.getByLabel('Commune').fill('Matoto');
    await page.getByLabel('Début du projet').fill('2027-01-15');
    await page.getByLabel('Fin du projet').fill('2027-06-30');
    await page.getByLabel('Nombre total de personnes').fill('1200');
    await page.getByLabel('Dont femmes').fill('650');
    await page.getByLabel('Dont jeunes').fill('400');
    await page.getByRole('button', { name: 'Ajouter une étape' }).click();
    await page.getByLabel('Ce qui sera fait').fill('Installation des lampadaires');
    await page.getByLabel('Pour le').fill('2027-03-31');
    await page.getByLabel('Ce qu’on pourra constater').fill('20 lampadaires posés');

    // Indicators: what will be counted and the figure aimed for; a target in words is pointed out next to it.
    await page.getByRole('button', { name: 'Ajouter un indicateur' }).click();
    await page.getByLabel('Ce qu’on compte').fill('Lampadaires qui marchent la nuit');
    const target = page.getByLabel('Chiffre visé');
    await target.fill('vingt');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await page.locator('[data-indicator="0"] .field-error').waitFor();
    expect(await target.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[data-indicator="0"] .field-error').textContent()).toBe('Doit être un nombre entier.');
    expect(await page.getByLabel('Ce qu’on compte').getAttribute('aria-invalid')).not.toBe('true');
    expect(await page.getByLabel('Ce qu’on compte').inputValue()).toBe('Lampadaires qui marchent la nuit');
    await check('proposal-indicator-error');
    await target.fill('20');
    // Nothing left to fix: the check step sums the answers up (money and dates as people here read them), then
    // the submission is confirmed.
    await page.getByRole('button', { name: 'Déposer le projet' }).click();
    const ready = page.locator('section[data-check="ready"]');
    await ready.getByRole('heading', { name: 'Vérifiez vos réponses' }).waitFor();
    const summary = plain(await ready.textContent());
    expect(summary).toContain('45 000 000 GNF');
    expect(summary).toContain('Du 15 janv. 2027 au 30 juin 2027');
    await check('proposal-check');
    await ready.getByRole('button', { name: 'Confirmer le dépôt' }).click();
    await page.getByText('Projet déposé.').waitFor();
    const [submitted] = await app.dataSource.query(`SELECT status FROM proposals WHERE id = $1`, [
      draftUrl.split('/').pop(),
    ]);
    expect(submitted.status).not.toBe('draft');
    expect(
      await app.dataSource.query(`SELECT key, label, target FROM proposal_indicators WHERE proposal_id = $1`, [
        draftUrl.split('/').pop(),
      ]),
    ).toEqual([{ key: 'lampadaires-qui-marchent-la-nuit', label: 'Lampadaires qui marchent la nuit', target: 20 }]);
    await check('proposal-submitted');
  });

  it('sends a person whose session expired to sign in, then back where they were', async () => {
    // Whatever the token says, the API no longer accepts it: as after JWT_SECRET rotation or expiry.
    await page.evaluate(
      `localStorage.setItem('csf.session', JSON.stringify({ token: 'expired.token.value', expiresAt: Date.now() + 3600000 }))`,
    );
    await page.goto('/organization');
    await page.waitForURL(/\/sign-in\?expired=1&next=%2Forganization/);
    await page.getByText('Votre session a expiré').waitFor();
    await check('sign-in-expired');

    await page.getByLabel('Téléphone ou e-mail').fill('+224 620 00 44 55');
    await page.getByLabel('Mot de passe').fill('pas-le-bon');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.locator('.problem').waitFor();
    expect(await page.getByLabel('Téléphone ou e-mail').inputValue()).toBe('+224 620 00 44 55');

    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/organization$/);
    await page.locator('[data-status="verified"]').waitFor();
  });

  it('keeps the language in the profile: English chosen on « Mes projets » follows the person to another phone', async () => {
    await navigate(page, 'Mes projets');
    await page.getByRole('heading', { level: 1, name: 'Mes projets' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My projects' }).waitFor();
    const language = () =>
      app.dataSource
        .query(`SELECT language FROM users WHERE phone = $1`, [PHONE])
        .then((rows) => rows[0].language as string);
    await eventually(async () => (await language()) === 'en');
    await (await menuItem(page, 'Sign out', 'button')).click();
    await menuItem(page, 'Sign in');

    // Another phone, French as every new device: signing in brings the profile's English.
    const other = await phoneContext(browser, app.baseUrl);
    try {
      const phone = await other.newPage();
      await phone.goto('/sign-in');
      expect(await phone.locator('html').getAttribute('lang')).toBe('fr');
      await phone.getByLabel('Téléphone ou e-mail').fill('+224 620 00 44 55');
      await phone.getByLabel('Mot de passe').fill(PASSWORD);
      await phone.getByRole('button', { name: 'Se connecter' }).click();
      await phone.getByRole('button', { name: 'Français' }).waitFor();
      expect(await phone.locator('html').getAttribute('lang')).toBe('en');
      await navigate(phone, 'My profile');
      await phone.getByText('This choice is kept in your profile').waitFor();
      await checkPage(phone, 'profile-en');

      // Back to French from the profile page: saved too, and this phone stays French after a reload.
      await phone.getByRole('main').getByRole('button', { name: 'Français' }).click();
      await phone.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
      await eventually(async () => (await language()) === 'fr');
      await phone.reload();
      await phone.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    } finally {
      await other.close();
    }
  });
});
