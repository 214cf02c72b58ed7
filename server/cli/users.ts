// `rastro users create`: the way to make the first administrator in production (no demo users there).
import { z } from 'zod';
import { COUNTRIES, ROLES } from '../../core/sharing';
import { hashPassword, MIN_PASSWORD_LENGTH, randomSecret } from '../platform/auth';
import { inTransaction } from '../platform/transaction';
import type { DatabaseHandle } from '../db/connect';
import { AGENCY_KINDS } from '../modules/agencies/schemas';

export const createUserOptions = z.object({
  email: z.email().transform((e) => e.toLowerCase()),
  name: z.string().min(1).max(200),
  role: z.enum(ROLES),
  agency: z.string().regex(/^[A-Z0-9-]{2,24}$/, 'agency code: 2-24 of A-Z, 0-9, -'),
  agencyName: z.string().min(2).max(200).optional(),
  country: z.enum(COUNTRIES).optional(),
  // Checked here, not left to the table's CHECK constraint, so a typo gets a sentence instead of SQL.
  kind: z.enum(AGENCY_KINDS, { error: `must be one of ${AGENCY_KINDS.join(', ')}` }).optional(),
  password: z.string().min(MIN_PASSWORD_LENGTH).optional(),
  locale: z.enum(['en', 'es', 'fr']).default('en'),
});

export async function createUserFromCli(database: DatabaseHandle, input: z.infer<typeof createUserOptions>) {
  const password = input.password ?? randomSecret(15);
  const passwordHash = await hashPassword(password);
  return inTransaction(
    database.db,
    { userId: null, agencyId: null, ip: null, requestId: 'cli' },
    async (tx, audit) => {
      let agency = await tx
        .selectFrom('agencies')
        .select(['id', 'code'])
        .where('code', '=', input.agency)
        .executeTakeFirst();
      if (!agency) {
        if (!input.agencyName || !input.country) {
          throw new Error(
            `agency ${input.agency} does not exist; give --agency-name and --country to create it`,
          );
        }
        agency = await tx
          .insertInto('agencies')
          .values({
            code: input.agency,
            name: input.agencyName,
            country: input.country,
            kind: input.kind ?? 'secretariat',
          })
          .returning(['id', 'code'])
          .executeTakeFirstOrThrow();
        await audit({
          action: 'agency.create',
          recordType: 'agency',
          recordId: agency.id,
          ownerAgencyId: agency.id,
          details: { code: agency.code, via: 'cli' },
        });
      }
      const existing = await tx
        .selectFrom('users')
        .select('id')
        .where('email', '=', input.email)
        .executeTakeFirst();
      if (existing) throw new Error(`a user with email ${input.email} already exists`);
      const user = await tx
        .insertInto('users')
        .values({
          agency_id: agency.id,
          email: input.email,
          display_name: input.name,
          role: input.role,
          locale: input.locale,
          password_hash: passwordHash,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit({
        action: 'user.create',
        recordType: 'user',
        recordId: user.id,
        ownerAgencyId: agency.id,
        details: { role: input.role, via: 'cli' },
      });
      return { userId: user.id, password: input.password ? null : password };
    },
  );
}
