// `rastro notifications expire`: one expiry sweep for cron-style use (the server also sweeps on a timer).
import { Command, InvalidArgumentError } from 'commander';
import { withDatabase } from '../../cli/database';
import { expireOverdueNotifications } from './commands/expireOverdueNotifications';

const isoDay = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new InvalidArgumentError('must be a day as YYYY-MM-DD');
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
