import { type DeepPartial, EntityManager, In } from 'typeorm';
import { ProposalEntity } from '../entities/proposal.entity';
import { RoundEntity, RoundPanelMemberEntity } from '../entities/round.entity';
import { UserEntity } from '../entities/user.entity';

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

  /** Writes a new round; answers it as stored (id, defaults and timestamps filled in). */
  create(m: EntityManager, round: DeepPartial<RoundEntity>): Promise<RoundEntity> {
    return m.save(m.create(RoundEntity, round));
  },

  /** Writes an edit the caller has checked against the round's phase and plan; `round` is the locked row. */
  async edit(m: EntityManager, round: RoundEntity, changes: DeepPartial<RoundEntity>): Promise<void> {
    Object.assign(round, changes);
    await m.save(round);
  },

  /** Closes the round now, keeping the date it was planned to close on and why it closed early. */
  async closeEarly(m: EntityManager, round: RoundEntity, at: Date, reason: string, by: string): Promise<void> {
    round.plannedClosesAt = round.closesAt;
    round.closesAt = at;
    round.closedEarlyAt = at;
    round.closeReason = reason;
    round.closedBy = by;
    await m.save(round);
  },

  /** The users named for a panel, those that exist; whether each may sit on it is the caller's rule. */
  async panelUsers(m: EntityManager, userIds: string[]): Promise<UserEntity[]> {
    return userIds.length ? m.find(UserEntity, { where: { id: In(userIds) } }) : [];
  },

  /** The round's proposals in review, whose workflows wait on the panel when short of reviewers. */
  proposalsInReview(m: EntityManager, roundId: string): Promise<Pick<ProposalEntity, 'id' | 'workflowId'>[]> {
    return m.find(ProposalEntity, { where: { roundId, status: 'in_review' }, select: { id: true, workflowId: true } });
  },

  /** Whether the round exists: a list filtered on an unknown round is a 404, not an empty page. */
  async exists(m: EntityManager, id: string): Promise<boolean> {
    return (await m.query('SELECT 1 FROM rounds WHERE id = $1', [id])).length > 0;
  },
};
