import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Terminating a grant now clears its "at risk" flag (the dashboard lists grants someone can still save); grants
 * terminated before kept theirs. The reason stays in the flag's grant.at_risk audit event.
 */
export class TerminatedGrantsNotAtRisk1764780000000 implements MigrationInterface {
  name = 'TerminatedGrantsNotAtRisk1764780000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE grants SET at_risk = false, at_risk_reason = NULL, at_risk_since = NULL WHERE at_risk AND status = 'terminated'`,
    );
  }

  async down(): Promise<void> {
    // Which terminated grants were flagged is in their grant.at_risk audit events; nothing to restore here.
  }
}
