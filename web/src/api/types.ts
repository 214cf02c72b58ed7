// Names for the generated schema types the pages pass around.
import type { components } from './schema.gen';

type Schemas = components['schemas'];
export type Alert = Schemas['Alert'];
export type Agency = Schemas['Agency'];
export type User = Schemas['User'];
export type SharingGroup = Schemas['SharingGroup'];
export type AccessRequest = Schemas['AccessRequest'];
export type AuditEvent = Schemas['AuditEvent'];
export type ApiToken = Schemas['ApiToken'];
export type HiddenMatch = Schemas['SearchResults']['hidden'][number];
export type Role = User['role'];
export type AgencyKind = Agency['kind'];
export type Country = Agency['country'];
export type Distribution = Alert['distribution'];
