import { EntityManager } from 'typeorm';
import { FieldCode, ErrorCode } from '@csf/domain';
import { audit, type AuditActor, UserEntity } from '@csf/persistence';
import { tokenDigest } from '../auth/one-time-tokens';
import { AppError } from '../common/app-error';
import { userChanged } from '../auth/auth-user-cache';

export interface LiveInvitation {
  id: string;
  organizationId: string;
}

/**
 * The live invitation of this token for this person (locked), or 422 ORGANIZATION_INVITATION_INVALID: unknown,
 * used, expired and someone else's invitations answer alike, so a token reveals nothing more. Only the person
 * invited (same email or phone) can use it: a forwarded link is useless to anyone else.
 */
export async function liveInvitationFor(
  manager: EntityManager,
  token: string,
  person: { email: string | null; phone: string | null },
): Promise<LiveInvitation> {
  const [row] = await manager.query(
    `SELECT id, organization_id, email, phone FROM organization_invitations
      WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now() FOR UPDATE`,
    [tokenDigest(token)],
  );
  const mine =
    row && ((row.email && row.email === person.email?.toLowerCase()) || (row.phone && row.phone === person.phone));
  if (!mine)
    throw new AppError(ErrorCode.ORGANIZATION_INVITATION_INVALID, [{ field: 'token', code: FieldCode.INVALID }]);
  return { id: row.id, organizationId: row.organization_id };
}

/**
 * The person (without an organisation, row locked by the caller) joins: the invitation is used up, and audited.
 * False, and nothing changed, when the invitation was used or expired in the meantime.
 */
export async function joinByInvitation(
  manager: EntityManager,
  invitation: LiveInvitation,
  member: Pick<UserEntity, 'id'>,
  actor: AuditActor,
): Promise<boolean> {
  const [, accepted] = await manager.query(
    'UPDATE organization_invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1 AND accepted_at IS NULL AND expires_at > now()',
    [invitation.id, member.id],
  );
  if (accepted !== 1) return false;
  await manager.update(UserEntity, { id: member.id }, { organizationId: invitation.organizationId });
  userChanged(manager, member.id);
  await audit.record(manager, actor, [
    {
      action: 'organization.member_joined',
      entityType: 'organization',
      entityId: invitation.organizationId,
      data: { invitationId: invitation.id, memberId: member.id },
    },
  ]);
  return true;
}
