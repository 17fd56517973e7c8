import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';

const PG_ERRORS: Record<string, { status: number; error: string; message: string }> = {
  '23505': { status: 409, error: 'Conflict', message: 'That already exists' },
  '23503': { status: 400, error: 'Bad Request', message: 'A referenced record does not exist' },
  '23514': { status: 400, error: 'Bad Request', message: 'A value is outside its allowed range' },
  '22P02': { status: 400, error: 'Bad Request', message: 'A value has the wrong format' },
  '22007': { status: 400, error: 'Bad Request', message: 'A date or time is invalid' },
  '22008': { status: 400, error: 'Bad Request', message: 'A date or time is out of range' },
  '22003': { status: 400, error: 'Bad Request', message: 'A number is out of range' },
  '22001': { status: 400, error: 'Bad Request', message: 'A text is too long' },
  '22021': { status: 400, error: 'Bad Request', message: 'A text contains a character that cannot be stored' },
  '54000': { status: 400, error: 'Bad Request', message: 'A value is too large' },
};

/** Every error leaves as ApiError JSON; database constraint errors become 4xx, never a 500. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    if (exception instanceof HttpException) {
      const response = exception.getResponse();
      const body =
        typeof response === 'string'
          ? { statusCode: exception.getStatus(), error: exception.name, message: response }
          : { statusCode: exception.getStatus(), ...response };
      void reply.status(exception.getStatus()).send(body);
      return;
    }
    const code = exception instanceof QueryFailedError ? (exception.driverError as { code?: string }).code : undefined;
    const known = code ? PG_ERRORS[code] : undefined;
    if (known) {
      const detail = (exception as QueryFailedError & { driverError: { constraint?: string } }).driverError.constraint;
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
      void reply.status(status).send({ statusCode: status, error: 'Bad Request', message: (exception as Error).message });
      return;
    }
    this.logger.error(`${request.method} ${request.url} failed (request ${request.id})`, (exception as Error)?.stack);
    void reply.status(500).send({ statusCode: 500, error: 'Internal Server Error', message: `Something went wrong (request ${request.id})` });
  }
}
