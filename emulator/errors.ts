/** HTTP reason phrases GHL (a NestJS service) puts in `error`. */
const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
};

/**
 * An error answered in GHL's shape: `{statusCode, message, error?}`. `message` is a string, or a list of validator
 * sentences for 422s ("email must be an email"). GHL omits `error` on most 400 / 404 answers from its handlers and
 * includes it on framework-level ones (401, 422, NestJS's own 404), so callers choose.
 */
export class GhlError extends Error {
  constructor(
    readonly statusCode: number,
    readonly messages: string | string[],
    readonly withReason = false,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(Array.isArray(messages) ? messages.join('; ') : messages);
  }

  body(): Record<string, unknown> {
    return {
      statusCode: this.statusCode,
      message: this.messages,
      ...(this.withReason ? { error: REASONS[this.statusCode] ?? 'Error' } : {}),
      ...this.extra,
    };
  }
}

export const notFound = (noun: string) => new GhlError(404, `${noun} not found`);
export const badRequest = (message: string, extra: Record<string, unknown> = {}) =>
  new GhlError(400, message, false, extra);
export const unprocessable = (messages: string[]) => new GhlError(422, messages, true);
/** GHL answers every bad, unknown or expired access token with the same sentence. */
export const invalidJwt = () => new GhlError(401, 'Invalid JWT', true);
