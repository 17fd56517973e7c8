import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiPublicOperation } from '../../openapi/api-decorators';

export const IS_PUBLIC = 'tiltak:public';
/** The route needs no signed-in user (and the OpenAPI document says so). */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiPublicOperation());
