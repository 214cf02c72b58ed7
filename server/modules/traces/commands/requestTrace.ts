// Requests a trace of a recovered firearm the actor may read. The request is routed (core routeTrace) to the
// tracing centre of the country where the chain starts, and the walk starts at once; a partly restored serial
// first gets ranked candidates from the first holder's records and waits for the tracing officer to confirm one.
// One request is a batch of one (batch/requestTraces.ts): the same checks, writes and walk as a bulk submission.
import type { z } from 'zod';
import type { Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import type { Audit, Tx } from '../../../platform/transaction';
import { requestTraces } from '../batch/requestTraces';
import type { requestTraceBody } from '../schemas';

export { TRACING_CENTRE_AGENCY } from '../batch/requestTraces';

export async function requestTrace(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  input: z.infer<typeof requestTraceBody>,
  /** Reads the new trace back in the same transaction (the API answers with it; its read audit row goes along). */
  readBack?: (tx: Tx, audit: Audit, traceId: string) => Promise<void>,
): Promise<string> {
  const { recoveryId, manufactureYear, ...common } = input;
  const [outcome] = await requestTraces(
    db,
    context,
    actor,
    common,
    [{ recoveryId, manufactureYear }],
    readBack &&
      (async (tx, audit, [created]) => {
        if (created?.ok) await readBack(tx, audit, created.traceId);
      }),
  );
  if (!outcome!.ok) throw outcome!.error;
  return outcome!.traceId;
}
