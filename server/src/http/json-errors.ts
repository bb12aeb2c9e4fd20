/**
 * Errors the HTTP layer answers itself (before GraphQL runs), in the same shape as GraphQL errors
 * so a client has one way to read them: `{ errors: [{ message, extensions: { code } }] }`.
 */
import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from '../log.ts';

export function jsonError(res: Response, status: number, code: string, message: string): void {
  res
    .status(status)
    .type('application/json')
    .set('cache-control', 'no-store')
    .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

interface BodyParserError {
  type?: string;
  status?: number;
  statusCode?: number;
  limit?: number;
}

/** Maps body-parser failures (too large, not JSON, bad charset) to 4xx JSON; anything else to a masked 500. */
export function httpErrorHandler(logger: Logger, bodyLimit: string): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (res.headersSent) return next(err);
    const e = (err ?? {}) as BodyParserError;
    switch (e.type) {
      case 'entity.too.large':
        return jsonError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${bodyLimit}.`);
      case 'entity.parse.failed':
        return jsonError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
      case 'charset.unsupported':
        return jsonError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body must be UTF-8 encoded JSON.');
      case 'encoding.unsupported':
        return jsonError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body uses a content encoding this server does not accept.');
      case 'request.aborted':
      case 'request.size.invalid':
      case 'stream.encoding.set':
        return jsonError(res, 400, 'BAD_REQUEST', 'The request body could not be read.');
      default:
        break;
    }
    const status = e.status ?? e.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return jsonError(res, status, 'BAD_REQUEST', 'The request could not be processed.');
    }
    logger.error({ err }, 'unexpected error in an HTTP request');
    return jsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}
