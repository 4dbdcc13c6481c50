import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

export const PEOPLE_LIMIT = 20;

/** Who someone is, as the directory shows them to anyone who may order: no roles, no history. */
export class PersonDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Riley Requester' }) name!: string;
  @ApiProperty({ example: 'requester@acme.test' }) email!: string;
}

export class PersonList {
  @ApiProperty({ type: [PersonDto] }) items!: PersonDto[];
}

export class PeopleQuery {
  @ApiProperty({
    description:
      'Part of a name or email (at least one character). Names and emails that start with it come first.',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  q!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: PEOPLE_LIMIT, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PEOPLE_LIMIT)
  limit?: number;
}
