// RFC 9457 problem documents from the server, already localised, and the error the web throws for them.
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId?: string;
  errors?: FieldProblem[];
}

export class ApiError extends Error {
  constructor(
    public readonly problem: Problem,
    public readonly status: number,
  ) {
    super(problem.title);
  }

  /** The last segment of the problem type ("…/totp-required" → "totp-required"). */
  get kind(): string {
    return this.problem.type.split('/').pop() ?? '';
  }

  /** The localised message for one field, if the server gave one. */
  fieldMessage(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === field || e.field.startsWith(`${field}.`))?.message;
  }

  /** Field messages that no form control shows, so the form can show them in its summary. */
  unplacedMessages(placedFields: readonly string[]): string[] {
    return (this.problem.errors ?? [])
      .filter((e) => !placedFields.some((f) => e.field === f || e.field.startsWith(`${f}.`)))
      .map((e) => e.message);
  }
}

/** Thrown when fetch itself fails (server down, offline): shown with the catalogue's network message. */
export class NetworkError extends Error {}

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' && value !== null && 'title' in value && 'status' in value && 'type' in value
  );
}

/** The server's problem document from an error response's body, or a bare one from its status line. */
export function problemOf(body: unknown, status: number, statusText: string): Problem {
  return isProblem(body)
    ? body
    : { type: 'about:blank', title: statusText || String(status), status, detail: '' };
}

/** Turns an openapi-fetch result into its data, or throws ApiError with the server's problem. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    const { status, statusText } = result.response;
    throw new ApiError(problemOf(result.error, status, statusText), status);
  }
  return result.data as T;
}
