// Edit a saved draft: the draft form filled from the server, keyed by version so "load the latest" after a
// conflict starts again from what is saved now.
import { useParams } from '@tanstack/react-router';
import { QueryState } from '../../components/QueryState';
import { DraftNotificationPage } from './DraftNotificationPage';
import { useNotification } from './notificationQueries';

export function EditNotificationPage() {
  const { notificationId } = useParams({ from: '/notifications/$notificationId/edit' });
  const query = useNotification(notificationId);
  return (
    <QueryState query={query}>
      {(notice) => (
        <DraftNotificationPage key={notice.version} notice={notice} onReload={() => void query.refetch()} />
      )}
    </QueryState>
  );
}
