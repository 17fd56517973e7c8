import { ApiPropertyOptional } from '@nestjs/swagger';
import type { PageParams } from '@tiltak/shared/api-contract';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class PaginationQuery implements PageParams {
  // Explicit for the OpenAPI document: its plugin would mark a property with a default required and
  // type a number it infers as `object`.
  @ApiPropertyOptional({ type: 'integer' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page = 1;

  @ApiPropertyOptional({ type: 'integer' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize = 50;
}
