export { appendAudit, type AuditActorContext, type AuditEntry } from './append';
export { verifyAuditChain, type AuditBreak, type AuditVerifyReport } from './verify';
