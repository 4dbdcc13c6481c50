import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { OmittableNotNull } from '../../../platform/validation/optional.decorator';

const TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class WorkingIntervalDto {
  @ApiProperty({ example: '09:00', description: 'local wall-clock time, HH:mm' })
  @Matches(TIME, { message: 'must be a time HH:mm (00:00 to 24:00)' })
  start!: string;

  @ApiProperty({ example: '17:30', description: 'local wall-clock time, HH:mm; 24:00 is midnight' })
  @Matches(TIME, { message: 'must be a time HH:mm (00:00 to 24:00)' })
  end!: string;
}

const day = () =>
  function (target: object, key: string) {
    ApiProperty({ type: [WorkingIntervalDto] })(target, key);
    IsArray()(target, key);
    ArrayMaxSize(12)(target, key);
    ValidateNested({ each: true })(target, key);
    Type(() => WorkingIntervalDto)(target, key);
  };

/** Working intervals per weekday, in the calendar's time zone; several per day (e.g. a lunch break). */
export class WeeklyHoursDto {
  @day() monday!: WorkingIntervalDto[];
  @day() tuesday!: WorkingIntervalDto[];
  @day() wednesday!: WorkingIntervalDto[];
  @day() thursday!: WorkingIntervalDto[];
  @day() friday!: WorkingIntervalDto[];
  @day() saturday!: WorkingIntervalDto[];
  @day() sunday!: WorkingIntervalDto[];
}

export class HolidayDto {
  @ApiProperty({ example: '2026-12-25', description: 'local date YYYY-MM-DD' })
  @Matches(DATE, { message: 'must be a date YYYY-MM-DD' })
  date!: string;

  @ApiPropertyOptional({ example: 'Christmas Day' })
  @OmittableNotNull()
  @IsString()
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional({ description: 'repeats every year on the same month and day' })
  @OmittableNotNull()
  @IsBoolean()
  recurring?: boolean;
}

export class SlaCalendarDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'Europe/Berlin' }) timeZone!: string;
  @ApiProperty({ type: WeeklyHoursDto }) workingHours!: WeeklyHoursDto;
  @ApiProperty({ type: [HolidayDto] }) holidays!: HolidayDto[];
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
}

export class SlaCalendarList {
  @ApiProperty({ type: [SlaCalendarDto] }) items!: SlaCalendarDto[];
}

export class CreateSlaCalendarRequest {
  @ApiProperty({ example: 'Berlin office hours' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @ApiProperty({ example: 'Europe/Berlin', description: 'IANA time zone' })
  @IsString()
  @MaxLength(64)
  timeZone!: string;

  @ApiProperty({ type: WeeklyHoursDto })
  @ValidateNested()
  @Type(() => WeeklyHoursDto)
  workingHours!: WeeklyHoursDto;

  @ApiPropertyOptional({ type: [HolidayDto] })
  @OmittableNotNull()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => HolidayDto)
  holidays?: HolidayDto[];
}

export class UpdateSlaCalendarRequest {
  @ApiProperty({ description: 'the version you read; a stale one is refused with 409' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional()
  @OmittableNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional({ description: 'IANA time zone' })
  @OmittableNotNull()
  @IsString()
  @MaxLength(64)
  timeZone?: string;

  @ApiPropertyOptional({ type: WeeklyHoursDto })
  @OmittableNotNull()
  @ValidateNested()
  @Type(() => WeeklyHoursDto)
  workingHours?: WeeklyHoursDto;

  @ApiPropertyOptional({ type: [HolidayDto] })
  @OmittableNotNull()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => HolidayDto)
  holidays?: HolidayDto[];
}

export class ImportHolidaysRequest {
  @ApiProperty({ description: 'the calendar version you read' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({
    description: 'an iCalendar (ICS) document; each event becomes a holiday on its dates',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(1_000_000)
  ics!: string;
}

export class HolidayPresetQuery {
  @ApiProperty({ example: 'DE', description: 'ISO 3166-1 alpha-2 country code' })
  @Matches(/^[A-Za-z]{2}$/, { message: 'must be a two-letter country code' })
  country!: string;

  @ApiPropertyOptional({
    example: 'BY',
    description: 'state or province code, as date-holidays names it',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9]{1,6}$/, { message: 'must be a state code' })
  state?: string;

  @ApiProperty({ example: 2027 })
  @Type(() => Number)
  @IsInt()
  @Min(1970)
  @Max(2200)
  year!: number;
}

export class HolidayPresetList {
  @ApiProperty({ type: [HolidayDto] }) items!: HolidayDto[];
}

export class HolidayCountryDto {
  @ApiProperty({ example: 'DE' }) code!: string;
  @ApiProperty({ example: 'Deutschland' }) name!: string;
}

export class HolidayCountryList {
  @ApiProperty({ type: [HolidayCountryDto] }) items!: HolidayCountryDto[];
}
