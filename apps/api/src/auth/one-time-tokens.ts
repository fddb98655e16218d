import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';

export type OneTimeTokenKind = 'invitation' | 'password_reset';

export interface IssuedToken {
  id: string;
  /** The secret itself: goes into the link, never into the database. */
  token: string;
  expiresAt: Date;
}

/** Only this digest is stored: a copy of the table gives no usable link. */
export const tokenDigest = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * Single-use link tokens (invitations, password resets): 32 random bytes, base64url in the link, SHA-256 in
 * `one_time_tokens`. Plain functions over an EntityManager so the admin command uses them without the API.
 */
export const OneTimeTokens = {
  /** A new token; the person's earlier live tokens of the same kind are revoked, so only the latest link works. */
  async issue(
    manager: EntityManager,
    input: { kind: OneTimeTokenKind; userId: string; createdBy: string | null; ttlMs: number },
  ): Promise<IssuedToken> {
    await this.revokeAll(manager, input.userId, input.kind);
    const token = randomBytes(32).toString('base64url');
    const [row] = await manager.query(
      `INSERT INTO one_time_tokens (kind, token_hash, user_id, created_by, expires_at)
       VALUES ($1, $2, $3, $4, now() + $5::float8 * interval '1 millisecond') RETURNING id, expires_at`,
      [input.kind, tokenDigest(token), input.userId, input.createdBy, input.ttlMs],
    );
    return { id: row.id, token, expiresAt: new Date(row.expires_at) };
  },

  /**
   * Uses a token: one conditional UPDATE, so of two concurrent uses exactly one wins. Null when the token is
   * unknown, of another kind, used, revoked or expired (the caller answers the same for all of them).
   */
  async consume(
    manager: EntityManager,
    kind: OneTimeTokenKind,
    token: string,
  ): Promise<{ id: string; userId: string } | null> {
    const [rows] = await manager.query(
      `UPDATE one_time_tokens SET used_at = now()
        WHERE token_hash = $1 AND kind = $2 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
        RETURNING id, user_id`,
      [tokenDigest(token), kind],
    );
    const row = rows?.[0];
    return row ? { id: row.id, userId: row.user_id } : null;
  },

  async revokeAll(manager: EntityManager, userId: string, kind: OneTimeTokenKind): Promise<number> {
    const [, count] = await manager.query(
      `UPDATE one_time_tokens SET revoked_at = now() WHERE user_id = $1 AND kind = $2 AND used_at IS NULL AND revoked_at IS NULL`,
      [userId, kind],
    );
    return count ?? 0;
  },

  /** The latest token of a kind for a person (for the invitation's state in GET /users/:id). */
  async latest(
    manager: EntityManager,
    userId: string,
    kind: OneTimeTokenKind,
  ): Promise<{ createdAt: Date; expiresAt: Date; usedAt: Date | null; revokedAt: Date | null } | null> {
    const [row] = await manager.query(
      `SELECT created_at, expires_at, used_at, revoked_at FROM one_time_tokens
        WHERE user_id = $1 AND kind = $2 ORDER BY created_at DESC, id DESC LIMIT 1`,
      [userId, kind],
    );
    return row
      ? { createdAt: row.created_at, expiresAt: row.expires_at, usedAt: row.used_at, revokedAt: row.revoked_at }
      : null;
  },
};

/** The link a person follows: `<PUBLIC_URL>/<page>?token=<token>`. */
export function tokenLink(publicUrl: string, page: 'invitation' | 'reset-password', token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/${page}?token=${token}`;
}
