// The 409s of notifications, each with a catalogued reason so the problem's detail reaches the user in
// their language (core/i18n/errors conflictReason); `reason` stays as the English fallback for logs.
import type { ConflictReason } from '../../../core/i18n/errors';
import { AppError } from '../../platform/errors';

const ENGLISH: Record<ConflictReason, string> = {
  notification_changed: 'notification was changed by someone else',
  notification_status: 'the notification is no longer in a status that allows this',
  notification_not_draft: 'the notification is no longer a draft',
};

export function notificationConflict(
  reasonKey: ConflictReason,
  params: Record<string, string | number> = {},
): AppError {
  return new AppError('conflict', { ...params, reasonKey, reason: ENGLISH[reasonKey] });
}

/** Someone else saved a newer version first: optimistic concurrency lost. */
export const staleVersion = (yourVersion: number) =>
  notificationConflict('notification_changed', { yourVersion });
