/** The notification contract: the activities both lifecycles call, and the API's short delivery workflow. */
import type { NotificationKind } from '../../../domain/src/notifications';

export type Audience =
  | { role: 'program_manager' | 'committee_chair' | 'finance_officer' | 'finance_approver' }
  | { userIds: string[] }
  | { organizationId: string };

export interface NotificationActivities {
  /** Writes one notification per recipient (once per dedup key) and delivers it. */
  notify(input: {
    kind: NotificationKind;
    audience: Audience;
    entity: { type: 'proposal' | 'grant'; id: string };
    params: Record<string, string | number | null>;
    dedupKey: string;
  }): Promise<{ notificationIds: string[] }>;
  /** Sends pending notifications through the configured channel; already sent ones are skipped. */
  deliverNotifications(input: { ids: string[] }): Promise<{ sent: number; failed: number }>;
}

/**
 * Messages the API writes itself (invitations, password resets, codes) are delivered by a short workflow, so they get
 * the same retries with backoff as lifecycle notifications and survive an API or worker restart.
 */
export const NOTIFICATION_DELIVERY_WORKFLOW = 'notificationDeliveryWorkflow';
export const notificationDeliveryWorkflowId = (firstNotificationId: string): string => `notify-${firstNotificationId}`;
