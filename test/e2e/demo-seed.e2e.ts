import { ROLES } from '@csf/domain';
import { TestApp } from '../support/app';

/**
 * `npm start`'s demo data (DEMO_SEED=true): the README's table of demo users is true — each signs in with the
 * documented password and holds the role the table gives, and every role has someone.
 */
const DEMO_USERS: Record<string, string[]> = {
  'applicant@demo.test': ['applicant'],
  'applicant2@demo.test': ['applicant'],
  'reviewer1@demo.test': ['reviewer'],
  'reviewer2@demo.test': ['reviewer'],
  'reviewer3@demo.test': ['reviewer'],
  'reviewer4@demo.test': ['reviewer'],
  'chair@demo.test': ['committee_chair'],
  'pm@demo.test': ['program_manager'],
  'finance.officer@demo.test': ['finance_officer'],
  'finance.approver@demo.test': ['finance_approver'],
  'admin@demo.test': ['admin'],
  'auditor@demo.test': ['auditor'],
};

describe('demo seed of npm start (e2e)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ DEMO_SEED: 'true', DEMO_PASSWORD: 'demo-password' }, { worker: false });
  });
  afterAll(() => app?.stop());

  it('has one person per role, each signing in with the documented password, as the README lists them', async () => {
    for (const [email, roles] of Object.entries(DEMO_USERS)) {
      const token = await app.login(email, 'demo-password');
      const me = await app.request('GET', '/me', { token });
      expect({ email, roles: me.body.roles }).toEqual({ email, roles });
    }
    expect(new Set(Object.values(DEMO_USERS).flat())).toEqual(new Set(ROLES));
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email LIKE '%@demo.test'`);
    expect(n).toBe(Object.keys(DEMO_USERS).length);
  });

  it('gives the applicants their organisations and the round its panel of the four demo reviewers', async () => {
    const pm = await app.login('pm@demo.test', 'demo-password');
    const rounds = await app.request('GET', '/rounds', { token: pm });
    expect(rounds.body.items).toHaveLength(1);
    const round = await app.request('GET', `/rounds/${rounds.body.items[0].id}`, { token: pm });
    expect(round.body.status).toBe('open');
    const [panel] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM round_panel_members m JOIN users u ON u.id = m.reviewer_id WHERE u.email LIKE 'reviewer%@demo.test'`,
    );
    expect(panel.n).toBe(4);
    const applicant = await app.request('GET', '/me', {
      token: await app.login('applicant@demo.test', 'demo-password'),
    });
    const organization = await app.request('GET', `/organizations/${applicant.body.organizationId}`, { token: pm });
    expect(organization.body).toMatchObject({ name: 'Association des femmes de Matoto', region: 'conakry' });
  });
});
