/** The id of the trace page's "closed as not traceable" reason, where focus goes once an officer closes the trace. */
export const NOT_TRACEABLE_REASON_ID = 'trace-not-traceable-reason';
