import { DataSource } from 'typeorm';
import { dataSourceOptions, MIGRATIONS, runMigrations } from '@csf/persistence';
import { createEmptyDatabase, createTestDatabase, TestDatabase } from '../support/database';
import { factory } from '../support/factory';

describe('schema (PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource(dataSourceOptions(db.url)).initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const pgCode = (error: unknown) =>
    (error as { driverError?: { code?: string }; code?: string }).driverError?.code ??
    (error as { code?: string }).code;

  describe('audit_events', () => {
    let id: string;
    beforeAll(async () => {
      const [row] = await ds.query(
        `INSERT INTO audit_events (action, entity_type, entity_id) VALUES ('proposal.created', 'proposal', gen_random_uuid()) RETURNING id`,
      );
      id = row.id;
    });

    it('accepts inserts and refuses UPDATE, DELETE and TRUNCATE', async () => {
      await expect(ds.query(`UPDATE audit_events SET action = 'forged' WHERE id = $1`, [id])).rejects.toThrow(
        /append-only/,
      );
      await expect(ds.query(`DELETE FROM audit_events WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
      await expect(ds.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
      const [row] = await ds.query(`SELECT action FROM audit_events WHERE id = $1`, [id]);
      expect(row.action).toBe('proposal.created');
    });

    it('ignores a second insert with the same dedup key (retried activities)', async () => {
      const insert = `INSERT INTO audit_events (action, entity_type, entity_id, dedup_key) VALUES ('x', 'proposal', gen_random_uuid(), 'k1') ON CONFLICT (dedup_key) DO NOTHING`;
      await ds.query(insert);
      await ds.query(insert);
      const [{ count }] = await ds.query(`SELECT count(*)::int AS count FROM audit_events WHERE dedup_key = 'k1'`);
      expect(count).toBe(1);
    });
  });

  it('keeps reservations within the envelope whatever the application does', async () => {
    const round = await factory(ds).newRound({ budgetEnvelope: 100, maxAward: 100 });
    await ds.query('UPDATE rounds SET reserved_amount = 100 WHERE id = $1', [round.id]);
    const error = await ds.query('UPDATE rounds SET reserved_amount = 101 WHERE id = $1', [round.id]).catch((e) => e);
    expect(pgCode(error)).toBe('23514');
    const [row] = await ds.query('SELECT reserved_amount FROM rounds WHERE id = $1', [round.id]);
    expect(Number(row.reserved_amount)).toBe(100);
  });

  it('allows one open proposal per organisation per round, any number of drafts or closed ones', async () => {
    const f = factory(ds);
    const org = await f.newOrganization();
    const user = await f.newUser(['applicant'], { organizationId: org.id });
    const round = await f.newRound();
    const insert = (status: string) =>
      ds.query(
        `INSERT INTO proposals (round_id, organization_id, created_by, status, title, currency) VALUES ($1, $2, $3, $4, 't', 'GNF')`,
        [round.id, org.id, user.id, status],
      );
    await insert('draft');
    await insert('draft');
    await insert('withdrawn');
    await insert('screening');
    expect(pgCode(await insert('in_review').catch((e) => e))).toBe('23505');
    expect(pgCode(await insert('revision_requested').catch((e) => e))).toBe('23505');
  });

  it('refuses a budget line whose total is not quantity × unit cost', async () => {
    const f = factory(ds);
    const org = await f.newOrganization();
    const user = await f.newUser(['applicant'], { organizationId: org.id });
    const round = await f.newRound();
    const [p] = await ds.query(
      `INSERT INTO proposals (round_id, organization_id, created_by, title, currency) VALUES ($1, $2, $3, 't', 'GNF') RETURNING id`,
      [round.id, org.id, user.id],
    );
    const line = (total: number) =>
      ds.query(
        `INSERT INTO proposal_budget_lines (proposal_id, position, category, description, quantity, unit_cost, total) VALUES ($1, $2, 'c', 'd', 3, 10, $3)`,
        [p.id, total, total],
      );
    await line(30);
    expect(pgCode(await line(31).catch((e) => e))).toBe('23514');
  });

  it('migrates an empty database up, all the way down and up again', async () => {
    const empty = await createEmptyDatabase();
    const fresh = await new DataSource(dataSourceOptions(empty.url)).initialize();
    try {
      expect(await runMigrations(fresh)).toEqual(MIGRATIONS.map((m) => m.name));
      expect(await runMigrations(fresh)).toEqual([]);
      for (let i = 0; i < MIGRATIONS.length; i++) await fresh.undoLastMigration();
      const [{ count }] = await fresh.query(
        `SELECT count(*)::int AS count FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
      );
      expect(count).toBe(0);
      expect(await runMigrations(fresh)).toHaveLength(MIGRATIONS.length);
    } finally {
      await fresh.destroy();
      await empty.drop();
    }
  });
});
