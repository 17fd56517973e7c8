import { HttpException } from '@nestjs/common';

const NAMES: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
};

/** An error in the API's usual shape, for Fastify hooks and parsers (Nest's exception filter renders it). */
export function apiError(status: number, field: string, message: string): HttpException {
  return new HttpException(
    {
      statusCode: status,
      error: NAMES[status] ?? 'Error',
      message,
      details: [{ field, problem: message }],
    },
    status,
  );
}
