// Lost or stolen firearm reports (as INTERPOL iARMS records): a shared record with a serial, so serial search and
// new recoveries find it. A report that matches a recorded recovery (serial + make) notifies both owning agencies
// (match-notices/).
import { sql, type SqlBool } from 'kysely';
import { z } from 'zod';
import type { AppInstance } from '../../../app';
import { FIREARM_TYPE_CODES } from '../../../../core/firearms';
import { actorHasAbility } from '../../../../core/sharing';
import { auditContextOf, requireAuth } from '../../../platform/auth';
import { AppError, invalidFields, notFound } from '../../../platform/errors';
import { idParam, plainText, problemResponses, sharingInput } from '../../../platform/http/schemas';
import { authorizeRecord, checkSharingChoice } from '../../../platform/policy';
import { auditOnly, inTransaction } from '../../../platform/transaction';
import { describeFirearm, pastDate, serialColumns } from '../firearmInput';
import { recordMatchNotices } from '../match-notices/recordMatches';
import { discoveryHitView, relatedRecordView } from '../recoveries/schemas';
import { presentRelated, presentRelatedRecord } from '../recoveries/presenters';
import { readableSerialRecords, relatedRecords, type SerialRecordRow } from '../serials/queries';
import '../tables';

const tags = ['lost and stolen'];

const createLostStolenBody = z
  .object({
    kind: z.enum(['lost', 'stolen']),
    serial: z.string().max(200),
    make: plainText(120).nullable().optional(),
    model: plainText(120).nullable().optional(),
    caliber: plainText(60).nullable().optional(),
    type: z.enum(FIREARM_TYPE_CODES).nullable().optional(),
    reportedOn: pastDate,
    details: plainText(2000).nullable().optional(),
    ...sharingInput,
  })
  .strict();

const lostStolenView = relatedRecordView
  .extend({
    caliber: z.string().nullable(),
    type: z.string().nullable(),
    tlp: z.string(),
    distribution: z.string(),
  })
  .meta({ id: 'LostStolenReport' });
const lostStolenDetail = lostStolenView
  .extend({ related: z.object({ readable: z.array(relatedRecordView), hidden: z.array(discoveryHitView) }) })
  .meta({ id: 'LostStolenReportDetail' });

export function lostStolenRoutes(app: AppInstance) {
  const { db } = app.services;

  const load = async (request: Parameters<typeof requireAuth>[0], id: string) => {
    const { actor } = requireAuth(request);
    const row = await db
      .selectFrom('lost_stolen_reports')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('lost_stolen');
    await authorizeRecord(db, actor, 'read', 'lost_stolen', row);
    const [view] = await readableSerialRecords(db, actor, sqlId(id), row.serial_folded, 1);
    const related = await relatedRecords(db, actor, {
      id,
      serialFolded: row.serial_folded,
      makeKey: row.make_key,
      partly: false,
    });
    return { ...view!, row, related: presentRelated(related) };
  };

  app.post(
    '/api/v1/lost-stolen',
    {
      schema: {
        tags,
        summary: 'Report a lost or stolen firearm (earlier records of it come back)',
        body: createLostStolenBody,
        response: { 201: lostStolenDetail, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      if (!actorHasAbility(actor, 'record_recoveries')) throw new AppError('forbidden');
      const input = request.body;
      const serial = serialColumns('intact', input.serial);
      if (!serial.ok) throw invalidFields(serial.error);
      const sharingGroupId = checkSharingChoice(actor, input.distribution, input.sharingGroupId);
      const description = describeFirearm(input);
      const id = await inTransaction(db, auditContextOf(request), async (tx, audit) => {
        const row = await tx
          .insertInto('lost_stolen_reports')
          .values({
            owner_agency_id: actor.agencyId,
            distribution: input.distribution,
            sharing_group_id: sharingGroupId,
            tlp: input.tlp,
            discoverable: input.discoverable,
            kind: input.kind,
            serial_raw: serial.value.serial_raw!,
            serial_plain: serial.value.serial_plain!,
            serial_folded: serial.value.serial_folded!,
            make: input.make ?? null,
            make_id: description.make_id,
            make_key: description.make_key,
            model: input.model ?? null,
            caliber: input.caliber ?? null,
            type: input.type ?? null,
            reported_on: input.reportedOn,
            details: input.details ?? null,
            created_by_user_id: actor.userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit({
          action: 'lost_stolen.create',
          recordType: 'lost_stolen',
          recordId: row.id,
          ownerAgencyId: actor.agencyId,
        });
        await recordMatchNotices(tx, audit, 'lost_stolen', [row.id]);
        return row.id;
      });
      const { row, related, ...view } = await load(request, id);
      return reply.status(201).send(present(view, row, related));
    },
  );

  app.get(
    '/api/v1/lost-stolen/:id',
    {
      schema: {
        tags,
        summary: 'Open a lost or stolen firearm report (audited)',
        params: idParam,
        response: { 200: lostStolenDetail, ...problemResponses },
      },
    },
    async (request) => {
      const { row, related, ...view } = await load(request, request.params.id);
      await auditOnly(db, auditContextOf(request), {
        action: 'lost_stolen.read',
        recordType: 'lost_stolen',
        recordId: row.id,
        ownerAgencyId: row.owner_agency_id,
      });
      return present(view, row, related);
    },
  );
}

const sqlId = (id: string) => sql<SqlBool>`r.id = ${id}`;

function present(
  view: SerialRecordRow,
  row: { tlp: string; distribution: string },
  related: z.infer<typeof lostStolenDetail>['related'],
): z.infer<typeof lostStolenDetail> {
  return {
    ...presentRelatedRecord(view),
    caliber: view.caliber,
    type: view.type,
    tlp: row.tlp,
    distribution: row.distribution,
    related,
  };
}
