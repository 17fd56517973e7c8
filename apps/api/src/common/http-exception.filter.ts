import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { CSV_TYPE, XLSX_TYPE } from '../modules/imports';

const PG_ERRORS: Record<string, { status: number; error: string; message: string }> = {
  '23505': { status: 409, error: 'Conflict', message: 'That already exists' },
  '23503': { status: 400, error: 'Bad Request', message: 'A referenced record does not exist' },
  '23514': { status: 400, error: 'Bad Request', message: 'A value is outside its allowed range' },
  '22P02': { status: 400, error: 'Bad Request', message: 'A value has the wrong format' },
  '22007': { status: 400, error: 'Bad Request', message: 'A date or time is invalid' },
  '22008': { status: 400, error: 'Bad Request', message: 'A date or time is out of range' },
  '22003': { status: 400, error: 'Bad Request', message: 'A number is out of range' },
  '22001': { status: 400, error: 'Bad Request', message: 'A text is too long' },
  '22021': {
    status: 400,
    error: 'Bad Request',
    message: 'A text contains a character that cannot be stored',
  },
  '54000': { status: 400, error: 'Bad Request', message: 'A value is too large' },
};

/** Any other data exception (class 22) or integrity violation (class 23) is still the client's input. */
const PG_CLASSES: Record<string, { status: number; error: string; message: string }> = {
  '22': { status: 400, error: 'Bad Request', message: 'A value cannot be stored as given' },
  '23': { status: 409, error: 'Conflict', message: 'The change conflicts with stored data' },
};

const STATUS_NAMES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
};

const statusName = (status: number) =>
  STATUS_NAMES[status] ?? (status < 500 ? 'Bad Request' : 'Internal Server Error');

/** A 415 says which content type was sent and which is accepted. */
function unsupportedMediaType(request: FastifyRequest) {
  const sent = request.headers['content-type'] ?? '(none)';
  const wanted = request.url.startsWith('/api/imports/')
    ? `send the file as the request body with content-type ${CSV_TYPE} or ${XLSX_TYPE}`
    : 'send the body as application/json';
  const message = `Content-Type ${sent} is not accepted: ${wanted}`;
  return {
    statusCode: 415,
    error: 'Unsupported Media Type',
    message,
    details: [{ field: 'Content-Type', problem: message }],
  };
}

/** Every error leaves as ApiError JSON; database constraint errors become 4xx, never a 500. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    if (exception instanceof HttpException) {
      const response = exception.getResponse();
      const status = exception.getStatus();
      if (status === 415 && typeof response === 'string') {
        void reply.status(415).send(unsupportedMediaType(request));
        return;
      }
      const body =
        typeof response === 'string'
          ? {
              statusCode: status,
              error: exception.name === 'HttpException' ? statusName(status) : exception.name,
              message: response,
            }
          : { statusCode: status, ...response };
      void reply.status(status).send(body);
      return;
    }
    const code =
      exception instanceof QueryFailedError
        ? (exception.driverError as { code?: string }).code
        : undefined;
    const known = code ? (PG_ERRORS[code] ?? PG_CLASSES[code.slice(0, 2)]) : undefined;
    if (known) {
      const detail = (exception as QueryFailedError & { driverError: { constraint?: string } })
        .driverError.constraint;
      void reply.status(known.status).send({
        statusCode: known.status,
        error: known.error,
        message: detail ? `${known.message} (${detail})` : known.message,
      });
      return;
    }
    // Fastify's own client errors (malformed JSON, wrong content type, body too large).
    const status = (exception as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      if (status === 415) {
        void reply.status(415).send(unsupportedMediaType(request));
        return;
      }
      void reply.status(status).send({
        statusCode: status,
        error: statusName(status),
        message: (exception as Error).message,
      });
      return;
    }
    this.logger.error(
      `${request.method} ${request.url} failed (request ${request.id})`,
      (exception as Error)?.stack,
    );
    void reply.status(500).send({
      statusCode: 500,
      error: 'Internal Server Error',
      message: `Something went wrong (request ${request.id})`,
    });
  }
}
