// Crime-gun tracing routes: the reference table, recovered firearms, lost/stolen reports and serial search.
import type { AppInstance } from '../../app';
import { lostStolenRoutes } from './lost-stolen/routes';
import { matchNoticeRoutes } from './match-notices/routes';
import { multipleSalesRoutes } from './multiple-sales/routes';
import { recoveryRoutes } from './recoveries/routes';
import { referenceProposalRoutes } from './reference/proposalRoutes';
import { firearmReferenceRoutes } from './reference/routes';
import { serialSearchRoutes } from './serials/routes';

export function firearmRoutes(app: AppInstance) {
  firearmReferenceRoutes(app);
  referenceProposalRoutes(app);
  recoveryRoutes(app);
  lostStolenRoutes(app);
  serialSearchRoutes(app);
  multipleSalesRoutes(app);
  matchNoticeRoutes(app);
}
