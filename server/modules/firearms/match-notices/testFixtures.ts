// Fixtures of the match-notice tests (lost/stolen and multiple-sales matches alike): a notice as the API lists it.

/** A match notice as GET /api/v1/firearms/match-notices lists it, with the fields the tests read. */
export interface MatchNotice {
  id: string;
  read: boolean;
  serial: string;
  own: { recordType: string; id: string; make: string | null; date: string; agency: { code: string } };
  other: {
    recordType: string;
    disclosed: boolean;
    id: string | null;
    make: string | null;
    date: string | null;
    agency: { code: string };
  };
  requestAccess: { recordType: string; recordId: string } | null;
}
