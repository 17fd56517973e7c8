import {
  type ArgumentMetadata,
  BadRequestException,
  Injectable,
  type PipeTransform,
} from '@nestjs/common';
import { isUUID } from 'class-validator';

/** A path id must be a UUID; the 400 names the parameter. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!isUUID(value)) {
      const name = metadata.data ?? 'id';
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: `${name} must be a UUID`,
        details: [{ field: name, problem: 'must be a UUID' }],
      });
    }
    return value;
  }
}
