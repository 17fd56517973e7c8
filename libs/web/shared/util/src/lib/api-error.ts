import type { ApiError } from '@tiltak/shared/api-contract';

/** What a failed request means for the screen that made it. */
export type RequestProblem =
  | { kind: 'guard'; error: ApiError }
  | { kind: 'stale'; error: ApiError }
  | { kind: 'invalid'; error: ApiError }
  | { kind: 'conflict'; error: ApiError }
  | { kind: 'other'; error: ApiError };

interface HttpErrorLike {
  status: number;
  error?: unknown;
  message?: string;
}

function isHttpErrorLike(value: unknown): value is HttpErrorLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as HttpErrorLike).status === 'number'
  );
}

/** Normalises an HttpErrorResponse (or anything thrown) into the API's error shape. */
export function toApiError(failure: unknown): ApiError {
  if (isHttpErrorLike(failure)) {
    const body = failure.error;
    if (typeof body === 'object' && body !== null && 'message' in body) {
      return { statusCode: failure.status, ...(body as Omit<ApiError, 'statusCode'>) };
    }
    return {
      statusCode: failure.status,
      error: 'Error',
      message: failure.message ?? String(failure.status),
    };
  }
  return {
    statusCode: 0,
    error: 'Error',
    message: failure instanceof Error ? failure.message : String(failure),
  };
}

/**
 * A 409 lists what a guard found missing, or says the record changed since it was read (optimistic
 * lock, with `currentVersion`), or refuses for another reason stated in its message: each needs
 * different help for the user.
 */
export function classifyProblem(failure: unknown): RequestProblem {
  const error = toApiError(failure);
  if (error.statusCode === 409) {
    if (error.missing && error.missing.length > 0) return { kind: 'guard', error };
    return 'currentVersion' in error ? { kind: 'stale', error } : { kind: 'conflict', error };
  }
  if (error.statusCode === 400 || error.statusCode === 422) return { kind: 'invalid', error };
  return { kind: 'other', error };
}

/**
 * The translation key of a failed request's headline: the screen's own text for a stale version
 * (what was changed differs per screen), the shared ones otherwise.
 */
export function problemMessageKey(problem: RequestProblem, staleKey = 'errors.server'): string {
  switch (problem.kind) {
    case 'stale':
      return staleKey;
    case 'invalid':
      return 'errors.invalid';
    case 'conflict':
      return 'errors.conflict';
    default:
      return 'errors.server';
  }
}
