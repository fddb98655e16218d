import { EntityManager, In } from 'typeorm';
import { RoundEntity, RoundPanelMemberEntity } from '../entities/round.entity';

/**
 * A round's envelope bookkeeping inside the caller's transaction. Every transaction that touches a round and a
 * grant updates the round row first (approval, disbursement, termination): one lock order, no deadlock.
 */
export const rounds = {
  get(m: EntityManager, id: string): Promise<RoundEntity> {
    return m.findOneByOrFail(RoundEntity, { id });
  },

  find(m: EntityManager, id: string): Promise<RoundEntity | null> {
    return m.findOne(RoundEntity, { where: { id } });
  },

  /** The round locked for the rest of the transaction (an approval reserving from it waits), or null. */
  lock(m: EntityManager, id: string): Promise<RoundEntity | null> {
    return m.findOne(RoundEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  },

  /** Each round's review panel, members in the order they were added. */
  async panels(m: EntityManager, roundIds: string[]): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>();
    if (!roundIds.length) return map;
    const members = await m.find(RoundPanelMemberEntity, {
      where: { roundId: In(roundIds) },
      order: { addedAt: 'ASC', reviewerId: 'ASC' },
    });
    for (const member of members) map.set(member.roundId, [...(map.get(member.roundId) ?? []), member.reviewerId]);
    return map;
  },

  /** Replaces the round's panel; answers the members it had before. */
  async replacePanel(m: EntityManager, roundId: string, reviewerIds: string[]): Promise<string[]> {
    const before = (await m.find(RoundPanelMemberEntity, { where: { roundId } })).map((p) => p.reviewerId);
    await m.delete(RoundPanelMemberEntity, { roundId });
    if (reviewerIds.length) {
      await m.insert(
        RoundPanelMemberEntity,
        reviewerIds.map((reviewerId) => ({ roundId, reviewerId })),
      );
    }
    return before;
  },

  /** Reserves the amount if the envelope still holds it; answers the new reserved total, or null if it does not. */
  async reserve(m: EntityManager, roundId: string, amount: number): Promise<number | null> {
    const reserved: { reserved_amount: string }[] = await m.query(
      `UPDATE rounds SET reserved_amount = reserved_amount + $2, updated_at = now()
       WHERE id = $1 AND reserved_amount + $2 <= budget_envelope
       RETURNING reserved_amount`,
      [roundId, amount],
    );
    // TypeORM returns [rows, count] for UPDATE … RETURNING on postgres.
    const rows = Array.isArray(reserved[0]) ? (reserved[0] as unknown as { reserved_amount: string }[]) : reserved;
    return rows.length ? Number(rows[0].reserved_amount) : null;
  },

  /** Gives a terminated grant's undisbursed reservation back to the envelope. */
  async release(m: EntityManager, roundId: string, amount: number): Promise<void> {
    await m.query('UPDATE rounds SET reserved_amount = reserved_amount - $2, updated_at = now() WHERE id = $1', [
      roundId,
      amount,
    ]);
  },

  /** Counts a paid tranche against the round of its grant. */
  async addDisbursedForGrant(m: EntityManager, grantId: string, amount: number): Promise<void> {
    await m.query(
      'UPDATE rounds SET disbursed_amount = disbursed_amount + $2, updated_at = now() WHERE id = (SELECT round_id FROM grants WHERE id = $1)',
      [grantId, amount],
    );
  },
};
