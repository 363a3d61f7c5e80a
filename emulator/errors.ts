import type { SpecOperation } from './spec';

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

/**
 * GHL's answer for an id that names no record: "<noun> not found", with the status the operation documents. GHL's
 * specs document a 400 (BadRequestDTO), and no 404, for every by-id operation the app calls (GET /contacts/{contactId},
 * /opportunities/{id}, /calendars/events/appointments/{eventId}, …); a 404 only where an operation lists one (e.g.
 * the calendar schedules). An operation documenting neither gets NestJS's 404.
 */
export const notFound = (op: Pick<SpecOperation, 'doc'>, noun: string) => {
  const documented = (code: string) => code in (op.doc?.responses ?? {});
  return new GhlError(documented('404') || !documented('400') ? 404 : 400, `${noun} not found`);
};
export const badRequest = (message: string, extra: Record<string, unknown> = {}) =>
  new GhlError(400, message, false, extra);
export const unprocessable = (messages: string[]) => new GhlError(422, messages, true);
/** GHL answers every bad, unknown or expired access token with the same sentence. */
export const invalidJwt = () => new GhlError(401, 'Invalid JWT', true);

/**
 * An error as the operation documents it. Validation failures are GHL's 422 (UnprocessableDTO: a list of sentences)
 * where the operation lists a 422; where it lists only a 400 (the calendar and location operations, Update Message
 * Status) they are that 400's BadRequestDTO: one sentence in `message`, no `error`.
 */
export const asDocumented = (op: Pick<SpecOperation, 'doc'> | undefined, e: GhlError): GhlError => {
  const documented = (code: number) => String(code) in (op?.doc?.responses ?? {});
  if (e.statusCode !== 422 || documented(422) || !documented(400)) return e;
  return new GhlError(400, [e.messages].flat().join('; '), false, e.extra, e.headers);
};
