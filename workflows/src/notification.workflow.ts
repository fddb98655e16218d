import { proxyActivities } from '@temporalio/workflow';
import type { NotificationActivities } from '../../libs/temporal/src/contracts/notification';

/** Retried with backoff until the activity gives a row up (its MAX_ATTEMPTS); the row then stays `failed` for an operator. */
const delivery = proxyActivities<NotificationActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '2 seconds', maximumInterval: '5 minutes', backoffCoefficient: 3, maximumAttempts: 10 },
});

/** Delivers outbox rows the API wrote (account messages); the activity skips rows already sent. */
export async function notificationDeliveryWorkflow(input: {
  ids: string[];
}): Promise<{ sent: number; failed: number }> {
  return delivery.deliverNotifications(input);
}
