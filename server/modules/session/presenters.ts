// Exactly what the web learns about the signed-in user: identity, agency, abilities, CSRF token.
import type { z } from 'zod';
import { sessionAbilitiesOf } from '../../../core/sharing';
import type { AuthContext } from '../../platform/auth';
import type { sessionView } from './schemas';

export function presentSession(auth: AuthContext, country: 'MX' | 'US' | 'CA'): z.infer<typeof sessionView> {
  const enrollmentRequired = auth.user.agencyRequiresTotp && !auth.user.totpEnabled;
  return {
    user: {
      id: auth.user.id,
      email: auth.user.email,
      displayName: auth.user.displayName,
      role: auth.user.role,
      locale: auth.user.locale,
      totpEnabled: auth.user.totpEnabled,
    },
    agency: {
      id: auth.user.agencyId,
      code: auth.user.agencyCode,
      name: auth.user.agencyName,
      country,
      totpRequired: auth.user.agencyRequiresTotp,
    },
    abilities: enrollmentRequired ? [] : [...sessionAbilitiesOf(auth.user.role, auth.actor.recordHolder)],
    csrfToken: auth.csrfToken,
    totpEnrollmentRequired: enrollmentRequired,
  };
}
