/**
 * Errors raised by domain rules. They carry no HTTP types: the API maps each kind to its
 * status code, the worker to a failed or skipped job.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export type DomainErrorKind =
  | 'invalid'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'unprocessable'
  | 'too_many_requests'
  | 'unavailable';

export class InvalidInputError extends DomainError {
  readonly kind = 'invalid' as const;
}
export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden' as const;
}
export class NotFoundError extends DomainError {
  readonly kind = 'not_found' as const;
}
export class ConflictError extends DomainError {
  readonly kind = 'conflict' as const;
}
export class UnprocessableError extends DomainError {
  readonly kind = 'unprocessable' as const;
}
export class TooManyRequestsError extends DomainError {
  readonly kind = 'too_many_requests' as const;
  constructor(
    message: string,
    /** When trying again can succeed, for the Retry-After header. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}
export class ServiceUnavailableError extends DomainError {
  readonly kind = 'unavailable' as const;
}
