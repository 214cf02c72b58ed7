// Optimistic concurrency for notifications: a 409 whose detail reaches the user in their language.
import { conflict } from '../../platform/errors';

/** Someone else saved a newer version first. */
export const staleVersion = (yourVersion: number) => conflict('notification_changed', { yourVersion });
