import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The auditor's search (GET /audit-events, audit.csv) filters the whole trail by actor, by action or by a time
 * range and pages newest first by id. The entity filter already has audit_events_entity_idx; without these the
 * other filters read the table from its end, which grows with every command for the life of the fund.
 */
export class AuditSearchIndexes1764730000000 implements MigrationInterface {
  name = 'AuditSearchIndexes1764730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX audit_events_actor_idx ON audit_events (actor_id, id)`);
    await q.query(`CREATE INDEX audit_events_action_idx ON audit_events (action, id)`);
    await q.query(`CREATE INDEX audit_events_occurred_at_idx ON audit_events (occurred_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_events_occurred_at_idx`);
    await q.query(`DROP INDEX audit_events_action_idx`);
    await q.query(`DROP INDEX audit_events_actor_idx`);
  }
}
