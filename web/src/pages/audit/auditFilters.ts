// Audit filters as the form holds them and as the API takes them (the same query for the table and the CSV).
export interface AuditFilterForm {
  action: string;
  actorEmail: string;
  recordType: string;
  recordId: string;
  agencyId: string | null;
  fromDate: string;
  toDate: string;
}

export const EMPTY_AUDIT_FILTERS: AuditFilterForm = {
  action: '',
  actorEmail: '',
  recordType: '',
  recordId: '',
  agencyId: null,
  fromDate: '',
  toDate: '',
};

export interface AuditQuery {
  action?: string;
  actorEmail?: string;
  recordType?: string;
  recordId?: string;
  agencyId?: string;
  from?: string;
  to?: string;
}

/** Dates are whole days in the auditor's time zone: "from" its first instant, "to" its last. */
export function toAuditQuery(form: AuditFilterForm): AuditQuery {
  const query: AuditQuery = {};
  if (form.action.trim()) query.action = form.action.trim();
  if (form.actorEmail.trim()) query.actorEmail = form.actorEmail.trim();
  if (form.recordType.trim()) query.recordType = form.recordType.trim();
  if (form.recordId.trim()) query.recordId = form.recordId.trim();
  if (form.agencyId) query.agencyId = form.agencyId;
  if (form.fromDate) query.from = new Date(`${form.fromDate}T00:00:00`).toISOString();
  if (form.toDate) query.to = new Date(`${form.toDate}T23:59:59.999`).toISOString();
  return query;
}

export function auditCsvHref(query: AuditQuery): string {
  const params = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
  const search = params.toString();
  return `/api/v1/audit/export.csv${search ? `?${search}` : ''}`;
}
