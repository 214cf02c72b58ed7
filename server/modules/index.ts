// Every capability's routes, registered in one place.
import type { AppInstance } from '../app';
import { accessRoutes } from './access/routes';
import { agencyRoutes } from './agencies/routes';
import { alertRoutes } from './alerts/routes';
import { auditRoutes } from './audit/routes';
import { firearmRoutes } from './firearms/routes';
import { chemicalRoutes } from './chemicals/routes';
import { manifestRoutes } from './manifests/routes';
import { notificationRoutes } from './notifications/routes';
import { searchRoutes } from './search/routes';
import { sessionRoutes } from './session/routes';
import { sharingGroupRoutes } from './sharing-groups/routes';
import { tokenRoutes } from './tokens/routes';
import { traceRoutes } from './traces/routes';
import { userRoutes } from './users/routes';

export function registerModules(app: AppInstance) {
  sessionRoutes(app);
  tokenRoutes(app);
  agencyRoutes(app);
  userRoutes(app);
  sharingGroupRoutes(app);
  alertRoutes(app);
  accessRoutes(app);
  searchRoutes(app);
  auditRoutes(app);
  firearmRoutes(app);
  chemicalRoutes(app);
  notificationRoutes(app);
  manifestRoutes(app);
  traceRoutes(app);
}
