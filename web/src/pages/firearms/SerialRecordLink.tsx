// A link to a record serial search or duplicate detection found: a recovery, a lost/stolen report or a trace.
import type { ReactNode } from 'react';
import { SharedRecordLink } from '../../components/SharedRecordLink';

export function SerialRecordLink(props: {
  recordType: 'recovery' | 'lost_stolen' | 'trace';
  id: string;
  children: ReactNode;
}) {
  return <SharedRecordLink {...props} />;
}
