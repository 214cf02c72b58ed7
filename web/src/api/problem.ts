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

/** Turns an openapi-fetch result into its data, or throws ApiError with the server's problem. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    const problem: Problem = isProblem(result.error)
      ? result.error
      : {
          type: 'about:blank',
          title: result.response.statusText || String(result.response.status),
          status: result.response.status,
          detail: '',
        };
    throw new ApiError(problem, result.response.status);
  }
  return result.data as T;
}
