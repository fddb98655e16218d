import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '@csf/domain';
import { TestApp } from '../support/app';
import { PASSWORD as FACTORY_PASSWORD } from '../support/factory';
import { checkPage, ensureWebBuild, launchBrowser, phoneContext, menuItem, navigate } from '../support/browser';
import { awaitMessage, type OutboxMessage } from '../support/outbox';

/**
 * The pages that account messages link to (issue 11): a staff invitation, a password reset, an organisation's
 * invitation, and the profile — in a real Chromium at 360×640 against the real API, worker, PostgreSQL and Temporal.
 * The links are read from the development outbox, as a person would tap them in the message.
 */
const PASSWORD = 'grenier-mangue-2027';

/** The link of a message, as a path on the portal under test (PUBLIC_URL names another host). */
function linkIn(message: OutboxMessage, page: string): string {
  const match = /https?:\/\/\S+?(\/[a-z-]+\?token=[A-Za-z0-9_-]+)/.exec(message.text);
  if (!match) throw new Error(`no link in: ${message.text}`);
  expect(match[1].startsWith(`/${page}?token=`)).toBe(true);
  return match[1];
}

describe('web portal: account links and the profile (browser, e2e)', () => {
  jest.setTimeout(240_000);
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ensureWebBuild();
    [app, browser] = await Promise.all([TestApp.start(), launchBrowser()]);
  });
  beforeEach(async () => {
    context = await phoneContext(browser, app.baseUrl);
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const check = (name: string, screenshot = false) => checkPage(page, screenshot ? name : undefined);

  it('a programme manager invited by an administrator sets a password from the link and lands signed in; a used link says what to do', async () => {
    const admin = await app.actor([Role.ADMIN]);
    const email = 'mariama.diallo@test.example';
    const invited = await app.request('POST', '/users/invitations', {
      token: admin.token,
      body: { email, roles: ['program_manager'], displayName: 'Mariama Diallo' },
    });
    expect(invited.status).toBe(201);
    const link = linkIn(await awaitMessage(app.outboxFile, email, 'account_invitation'), 'invitation');

    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Bienvenue : choisissez votre mot de passe' }).waitFor();
    await check('invitation', true);

    // A common password: the API's reason, in French, next to the field.
    const field = page.getByLabel('Nouveau mot de passe');
    await field.fill('password123');
    await page.getByRole('button', { name: 'Enregistrer et me connecter' }).click();
    await page.locator('.field-error').waitFor();
    expect(await page.locator('.field-error').textContent()).toContain('trop courant');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.inputValue()).toBe('password123');
    await check('invitation-weak');

    await field.fill(PASSWORD);
    await page.getByRole('button', { name: 'Enregistrer et me connecter' }).click();
    await page.waitForURL(/\/profile\?welcome=1$/);
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    await page.getByText('Votre mot de passe est enregistré : vous êtes connecté.').waitFor();
    const profile = await page.locator('main').textContent();
    expect(profile).toContain('Mariama Diallo');
    expect(profile).toContain(email);
    expect(profile).toContain('Chargé de programme');
    await check('profile', true);
    expect((await app.request('POST', '/auth/login', { body: { email, password: PASSWORD } })).status).toBe(200);

    // The same link again: already used. The API's message, and whom to ask.
    await page.goto(link);
    await page.getByLabel('Nouveau mot de passe').fill('une-autre-phrase-2027');
    await page.getByRole('button', { name: 'Enregistrer et me connecter' }).click();
    await page.locator('.problem').waitFor();
    expect(await page.locator('.problem').textContent()).toContain('Ce lien est invalide, a déjà servi ou a expiré');
    await page.getByText('Demandez à l’administrateur qui vous a invité de vous envoyer un nouveau lien.').waitFor();
    await check('invitation-used');
  });

  it('resets a forgotten password from the link received, signs in with the new one, then changes it and signs out everywhere', async () => {
    const person = await app.factory.newUser([Role.PROGRAM_MANAGER]);
    expect(
      (await app.request('POST', '/auth/login', { body: { email: person.email, password: FACTORY_PASSWORD } })).status,
    ).toBe(200);
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor();
    await check('forgot-password');
    await page.getByLabel('Téléphone ou e-mail').fill(person.email);
    await page.getByRole('button', { name: 'Recevoir le lien' }).click();
    const answer = await page.getByRole('status').textContent();
    expect(answer).toContain('Si un compte existe');
    await check('forgot-password-sent');

    // An unknown address gets exactly the same answer.
    await page.goto('/forgot-password');
    await page.getByLabel('Téléphone ou e-mail').fill('personne@test.example');
    await page.getByRole('button', { name: 'Recevoir le lien' }).click();
    expect(await page.getByRole('status').textContent()).toBe(answer);

    const link = linkIn(await awaitMessage(app.outboxFile, person.email, 'password_reset'), 'reset-password');
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Nouveau mot de passe' }).waitFor();
    await check('reset-password', true);
    const field = page.getByLabel('Nouveau mot de passe');
    await field.fill('court');
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await page.locator('.field-error').waitFor();
    expect(await page.locator('.field-error').textContent()).toContain('Trop court (minimum 8 caractères)');
    expect(await field.getAttribute('aria-invalid')).toBe('true');

    const fresh = 'manioc-sous-la-pluie-2027';
    await field.fill(fresh);
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await page.getByText('Votre mot de passe est changé. Connectez-vous avec le nouveau.').waitFor();
    await check('reset-password-done');
    // The old password no longer works, the new one does.
    expect(
      (await app.request('POST', '/auth/login', { body: { email: person.email, password: FACTORY_PASSWORD } })).status,
    ).toBe(401);

    await page.getByRole('main').getByRole('link', { name: 'Se connecter' }).click();
    await page.getByLabel('Téléphone ou e-mail').fill(person.email);
    await page.getByLabel('Mot de passe').fill(fresh);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await navigate(page, 'Mon profil');
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();

    // Change the password on the profile: the current one is checked next to its field.
    await page.getByLabel('Mot de passe actuel').fill('pas-le-bon-mot');
    await page.getByLabel('Nouveau mot de passe').fill('mangue-et-citron-2028');
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.locator('.problem').waitFor();
    await page.getByLabel('Mot de passe actuel').fill(fresh);
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.getByText('Mot de passe changé.').waitFor();
    expect(
      (await app.request('POST', '/auth/login', { body: { email: person.email, password: 'mangue-et-citron-2028' } }))
        .status,
    ).toBe(200);
    await check('profile-password-changed');

    // Sign out everywhere: this device too, and a session opened elsewhere is refused.
    const elsewhere = await app.login(person.email, 'mangue-et-citron-2028');
    expect((await app.request('GET', '/me', { token: elsewhere })).status).toBe(200);
    await page.getByRole('button', { name: 'Se déconnecter de tous les appareils' }).click();
    await menuItem(page, 'Se connecter');
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Mon profil' }).count()).toBe(0);
    expect((await app.request('GET', '/me', { token: elsewhere })).status).toBe(401);
  });

  it('a registered person without an organisation, invited by phone by a member, signs in from the link and joins', async () => {
    const org = await app.factory.newOrganization({ name: 'Femmes unies de Kindia' });
    const member = await app.actor([Role.APPLICANT], org.id);
    const phone = '+224620007788';
    // Registered by phone (no email): the message goes to the phone.
    const invitee = await app.factory.newUser([Role.APPLICANT], {
      phone,
      email: null,
      displayName: 'Fatoumata Bah',
      verifiedAt: new Date(),
    });
    const invited = await app.request('POST', `/organizations/${org.id}/members/invitations`, {
      token: member.token,
      body: { phone },
    });
    expect(invited.status).toBe(201);
    const link = linkIn(
      await awaitMessage(app.outboxFile, phone, 'organization_invitation'),
      'organization-invitation',
    );

    // Not signed in: what this is, and the ways in.
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Rejoindre une organisation' }).waitFor();
    const register = page.getByRole('main').getByRole('link', { name: 'Créer un compte' });
    expect(await register.getAttribute('href')).toContain(`invitation=${link.split('token=')[1]}`);
    await check('organization-invitation-signed-out', true);

    await page.getByRole('main').getByRole('link', { name: 'Se connecter' }).click();
    await page.getByLabel('Téléphone ou e-mail').fill('+224 620 00 77 88');
    await page.getByLabel('Mot de passe').fill(FACTORY_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText('Fatoumata Bah, un membre de l’organisation vous invite à la rejoindre.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/organization-invitation');
    await check('organization-invitation', true);

    await page.getByRole('button', { name: 'Rejoindre l’organisation' }).click();
    await page.getByText('Vous êtes maintenant membre de Femmes unies de Kindia.').waitFor();
    const [row] = await app.dataSource.query('SELECT organization_id FROM users WHERE id = $1', [invitee.id]);
    expect(row.organization_id).toBe(org.id);
    await check('organization-invitation-joined');
    await page.getByRole('main').getByRole('link', { name: 'Mon organisation' }).click();
    await page.getByRole('heading', { level: 1, name: /Femmes unies de Kindia/ }).waitFor();
  });

  it('a person without an account, invited by phone, creates it from the link and is in the organisation once the code is confirmed', async () => {
    const org = await app.factory.newOrganization({ name: 'Jeunes de Mamou pour la paix' });
    const member = await app.actor([Role.APPLICANT], org.id);
    const phone = '+224620008899';
    // No account yet: nothing is sent, the member passes the link on (read here from the API's answer).
    const invited = await app.request('POST', `/organizations/${org.id}/members/invitations`, {
      token: member.token,
      body: { phone },
    });
    expect(invited.status).toBe(201);
    const url = new URL(invited.body.link);
    expect(url.pathname).toBe('/organization-invitation');

    await page.goto(url.pathname + url.search);
    await page.getByRole('main').getByRole('link', { name: 'Créer un compte' }).click();
    await page.getByLabel('Votre nom').fill('Mamadou Sow');
    await page.getByLabel('Numéro de téléphone').fill('+224 620 00 88 99');
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Recevoir le code' }).click();
    await page.getByRole('heading', { name: 'Entrez le code' }).waitFor();
    const message = await awaitMessage(app.outboxFile, phone, 'account_verification_code');
    await page.getByLabel('Code reçu').fill(/\b(\d{6})\b/.exec(message.text)![1]);
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jeunes de Mamou pour la paix' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/organization');
    const [row] = await app.dataSource.query('SELECT organization_id FROM users WHERE phone = $1', [phone]);
    expect(row.organization_id).toBe(org.id);
    await check('organization-invitation-registered');
  });
});
