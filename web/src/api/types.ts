// Names for the generated schema types the pages pass around.
import type { components, paths } from './schema.gen';

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
export type ChemicalSummary = Schemas['ChemicalSummary'];
export type Chemical = Schemas['Chemical'];
export type ChemicalListing = Chemical['listings'][number];
export type Jurisdiction = ChemicalListing['jurisdiction'];
export type ChemicalControlAnswer = Schemas['ChemicalControlAnswer'];
export type ScreeningResult = Schemas['ScreeningResult'];
export type ScreeningFinding = ScreeningResult['findings'][number];
export type Recovery = Schemas['Recovery'];
export type RecoveryDetail = Schemas['RecoveryDetail'];
export type FirearmRelatedRecord = Schemas['FirearmRelatedRecord'];
export type LostStolenReport = Schemas['LostStolenReport'];
export type LostStolenReportDetail = Schemas['LostStolenReportDetail'];
export type LostStolenReportInput = NonNullable<
  paths['/api/v1/lost-stolen']['post']['requestBody']
>['content']['application/json'];
export type FirearmDescriptionWarning = Schemas['FirearmDescriptionWarning'];
export type FirearmType = NonNullable<Recovery['type']>;
export type SerialState = Recovery['serial']['state'];
export type SerialMatch = Schemas['SerialMatch'];
export type SerialSearchMode = Schemas['SerialSearchResults']['mode'];
export type ReferenceProposal = Schemas['ReferenceProposal'];
export type ReferenceProposalKind = ReferenceProposal['kind'];
export type ReferenceProposalStatus = ReferenceProposal['status'];
