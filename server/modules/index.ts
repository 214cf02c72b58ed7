// Every capability's routes, registered in one place.
import type { AppInstance } from '../app';
import { sessionRoutes } from './session/routes';
import { tokenRoutes } from './tokens/routes';

export function registerModules(app: AppInstance) {
  sessionRoutes(app);
  tokenRoutes(app);
}
