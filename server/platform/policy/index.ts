// The one policy module: every read and write asks here, lists filter with the same rules in SQL.
export { allowedRows, discoverableRows, type RecordSource } from './predicate';
export { authorizeRecord, authorizeAbility, sharedRecordOf, type SharedRow } from './authorize';
export { can, hasAbility, abilitiesOf } from '../../../core/sharing';
export { checkSharingChoice } from './sharingChoice';
export { SHARED_RECORD_TABLES, SHARED_RECORD_TYPES, type SharedRecordType } from './sharedRecordTypes';
export { discoverHits, type DiscoveryHit } from './discovery';
