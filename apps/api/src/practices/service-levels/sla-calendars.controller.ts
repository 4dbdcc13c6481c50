import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Authorize } from '../../platform/auth/authorize.decorator';
import { Problem } from '../../platform/errors/problem';
import { IdempotentCreate } from '../../platform/idempotency/idempotent-create.decorator';
import {
  CreateSlaCalendarRequest,
  HolidayCountryList,
  HolidayPresetList,
  HolidayPresetQuery,
  ImportHolidaysRequest,
  SlaCalendarDto,
  SlaCalendarList,
  UpdateSlaCalendarRequest,
} from './dto/sla-calendar.dto';
import { holidayCountries, holidayPreset } from './holiday-sources';
import { SlaCalendarsService } from './sla-calendars.service';

@ApiTags('service levels')
@Controller('sla')
@Authorize('settings:manage')
export class SlaCalendarsController {
  constructor(private readonly calendars: SlaCalendarsService) {}

  @Get('calendars')
  @ApiOkResponse({ type: SlaCalendarList })
  listSlaCalendars(): Promise<SlaCalendarList> {
    return this.calendars.list();
  }

  @Get('calendars/:id')
  @ApiOkResponse({ type: SlaCalendarDto })
  @ApiNotFoundResponse({ type: Problem })
  getSlaCalendar(@Param('id', ParseUUIDPipe) id: string): Promise<SlaCalendarDto> {
    return this.calendars.get(id);
  }

  @IdempotentCreate()
  @Post('calendars')
  @ApiCreatedResponse({ type: SlaCalendarDto })
  createSlaCalendar(@Body() body: CreateSlaCalendarRequest): Promise<SlaCalendarDto> {
    return this.calendars.create(body);
  }

  /** Re-schedules the running timers measured on this calendar. */
  @Patch('calendars/:id')
  @ApiOkResponse({ type: SlaCalendarDto })
  @ApiNotFoundResponse({ type: Problem })
  @ApiConflictResponse({ type: Problem })
  updateSlaCalendar(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateSlaCalendarRequest,
  ): Promise<SlaCalendarDto> {
    return this.calendars.update(id, body);
  }

  /** Adds the events of an iCalendar document as holidays (yearly events recur). */
  @Post('calendars/:id/holidays/import')
  @HttpCode(200)
  @ApiOkResponse({ type: SlaCalendarDto })
  @ApiBadRequestResponse({ type: Problem })
  @ApiNotFoundResponse({ type: Problem })
  @ApiConflictResponse({ type: Problem })
  importSlaCalendarHolidays(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ImportHolidaysRequest,
  ): Promise<SlaCalendarDto> {
    return this.calendars.importHolidays(id, body);
  }

  /** Public holidays of a country (and state) for a year, to add to a calendar. */
  @Get('holiday-presets')
  @ApiOkResponse({ type: HolidayPresetList })
  @ApiBadRequestResponse({ type: Problem })
  listHolidayPreset(@Query() query: HolidayPresetQuery): HolidayPresetList {
    return { items: holidayPreset(query.country, query.state, query.year) };
  }

  @Get('holiday-presets/countries')
  @ApiOkResponse({ type: HolidayCountryList })
  listHolidayCountries(): HolidayCountryList {
    return { items: holidayCountries() };
  }
}
