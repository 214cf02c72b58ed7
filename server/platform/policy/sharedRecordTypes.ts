// The shared record types access requests and discovery can point at, and the table each lives in.
// Adding a shared record type means adding a line here (and using allowedRows in its queries).
export const SHARED_RECORD_TABLES = {
  alert: 'alerts',
  recovery: 'recoveries',
  lost_stolen: 'lost_stolen_reports',
  export_notification: 'export_notifications',
  trace: 'traces',
} as const;

export type SharedRecordType = keyof typeof SHARED_RECORD_TABLES;
export const SHARED_RECORD_TYPES = Object.keys(SHARED_RECORD_TABLES) as [
  SharedRecordType,
  ...SharedRecordType[],
];
