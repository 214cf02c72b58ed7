// `rastro notifications expire`: one expiry sweep for cron-style use (the server also sweeps on a timer).
import { Command, InvalidArgumentError } from 'commander';
import { parseIsoDate } from '../../../core/firearms/calendar';
import { withDatabase } from '../../cli/database';
import { expireOverdueNotifications } from './commands/expireOverdueNotifications';

export const isoDay = (value: string): string => {
  // A real calendar day: Date.parse would roll 2024-02-30 over to March 1st.
  if (!parseIsoDate(value).ok) throw new InvalidArgumentError('must be a day as YYYY-MM-DD');
  return value;
};

export function notificationCommands(): Command {
  const notifications = new Command('notifications').description('pre-export notifications');
  notifications
    .command('expire')
    .description(
      'expire sent or acknowledged notices whose dispatch date has passed (audited as the system); prints their ids',
    )
    .option('--today <YYYY-MM-DD>', 'treat this UTC day as today (default: the clock)', isoDay)
    .action((options: { today?: string }) =>
      withDatabase(async (database) => {
        const ids = await expireOverdueNotifications(
          database.db,
          options.today ? { today: options.today } : {},
        );
        for (const id of ids) console.log(id);
        console.error(`expired ${ids.length} notification${ids.length === 1 ? '' : 's'}`);
      }),
    );
  return notifications;
}
