import { DataSource } from 'typeorm';

/**
 * DESIGN's money rules, checked over every grant and round in the database (not just the ones a test touched):
 * tranches add up to the award; disbursed = what paid payments add up to, within the award; a round's
 * reservations stay within its envelope and cover what it disbursed; no tranche paid twice.
 */
export async function moneyInvariantViolations(db: DataSource): Promise<Record<string, unknown>[]> {
  return db.query(`
    SELECT 'tranches do not add up to the award' AS rule, g.id::text AS id
      FROM grants g JOIN grant_tranches t ON t.grant_id = g.id GROUP BY g.id HAVING sum(t.amount) <> g.amount
    UNION ALL
    SELECT 'disbursed differs from paid payments', g.id::text
      FROM grants g LEFT JOIN payments p ON p.grant_id = g.id AND p.status = 'paid'
      GROUP BY g.id HAVING coalesce(sum(p.amount), 0) <> g.disbursed_amount
    UNION ALL
    SELECT 'disbursed above award', id::text FROM grants WHERE disbursed_amount + released_amount > amount
    UNION ALL
    SELECT 'tranche paid twice', tranche_id::text FROM payments WHERE status = 'paid' GROUP BY tranche_id HAVING count(*) > 1
    UNION ALL
    SELECT 'disbursed tranche without its payment', t.id::text FROM grant_tranches t
      WHERE t.status = 'disbursed' AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.tranche_id = t.id AND p.status = 'paid')
    UNION ALL
    SELECT 'reserved above envelope', id::text FROM rounds WHERE reserved_amount > budget_envelope
    UNION ALL
    SELECT 'disbursed above reserved', id::text FROM rounds WHERE disbursed_amount > reserved_amount
    UNION ALL
    SELECT 'reserved differs from live awards', r.id::text
      FROM rounds r LEFT JOIN grants g ON g.round_id = r.id
      GROUP BY r.id HAVING coalesce(sum(g.amount - g.released_amount), 0) <> r.reserved_amount
    UNION ALL
    SELECT 'round disbursed differs from its grants', r.id::text
      FROM rounds r LEFT JOIN grants g ON g.round_id = r.id
      GROUP BY r.id HAVING coalesce(sum(g.disbursed_amount), 0) <> r.disbursed_amount`);
}
