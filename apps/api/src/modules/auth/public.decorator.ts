import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'tiltak:public';
/** The route needs no signed-in user. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
