import { Injectable } from '@nestjs/common';
import type { BusinessCalendar, Holiday, WeeklySchedule } from '@trellis/domain';
import { validateCalendar } from '@trellis/domain';
import { AuditService } from '../../platform/audit/audit.service';
import { queryRows } from '../../platform/database/sql';
import { RecordNotFound, StaleVersion } from '../../platform/errors/domain-errors';
import { RequestValidationException } from '../../platform/errors/validation-errors';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import { CALENDAR_COLUMNS, toCalendarDto, toHolidays, toWeeklySchedule } from './calendar-format';
import type { SlaCalendarRow } from './calendar-format';
import type {
  CreateSlaCalendarRequest,
  ImportHolidaysRequest,
  SlaCalendarDto,
  SlaCalendarList,
  UpdateSlaCalendarRequest,
} from './dto/sla-calendar.dto';
import { holidaysFromIcs } from './holiday-sources';
import { SlaTimersService } from './sla-timers.service';

/** Business-hours calendars. Editing one re-schedules the open timers measured on it. */
@Injectable()
export class SlaCalendarsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly timers: SlaTimersService,
  ) {}

  async list(): Promise<SlaCalendarList> {
    const rows: SlaCalendarRow[] = await this.db.manager.query(
      `SELECT ${CALENDAR_COLUMNS} FROM sla_calendars WHERE tenant_id = $1 ORDER BY name LIMIT 500`,
      [this.db.tenantId],
    );
    return { items: rows.map(toCalendarDto) };
  }

  async get(id: string): Promise<SlaCalendarDto> {
    return toCalendarDto(await this.find(id));
  }

  async create(body: CreateSlaCalendarRequest): Promise<SlaCalendarDto> {
    const calendar = this.valid({
      timeZone: body.timeZone,
      workingHours: toWeeklySchedule(body.workingHours),
      holidays: toHolidays(body.holidays ?? []),
    });
    await this.requireUniqueName(body.name.trim(), null);
    const [row]: SlaCalendarRow[] = await this.db.manager.query(
      `INSERT INTO sla_calendars (tenant_id, name, time_zone, working_hours, holidays)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${CALENDAR_COLUMNS}`,
      [
        this.db.tenantId,
        body.name.trim(),
        calendar.timeZone,
        JSON.stringify(calendar.workingHours),
        JSON.stringify(calendar.holidays),
      ],
    );
    const dto = toCalendarDto(row);
    await this.audit.record({
      action: 'sla_calendar.created',
      entityType: 'sla_calendar',
      entityId: dto.id,
      after: dto,
    });
    return dto;
  }

  async update(id: string, body: UpdateSlaCalendarRequest): Promise<SlaCalendarDto> {
    const before = await this.find(id, true);
    if (before.version !== body.version) throw new StaleVersion('Calendar');
    if (body.name !== undefined) await this.requireUniqueName(body.name.trim(), id);
    const calendar = this.valid({
      timeZone: body.timeZone ?? before.time_zone,
      workingHours: body.workingHours ? toWeeklySchedule(body.workingHours) : before.working_hours,
      holidays: body.holidays ? toHolidays(body.holidays) : before.holidays,
    });
    return this.save(before, body.name?.trim() ?? before.name, calendar, 'sla_calendar.updated');
  }

  /** Adds the holidays of an iCalendar document to the ones the calendar has. */
  async importHolidays(id: string, body: ImportHolidaysRequest): Promise<SlaCalendarDto> {
    const before = await this.find(id, true);
    if (before.version !== body.version) throw new StaleVersion('Calendar');
    const imported = holidaysFromIcs(body.ics, before.time_zone);
    const calendar = this.valid({
      timeZone: before.time_zone,
      workingHours: before.working_hours,
      holidays: toHolidays([...before.holidays, ...imported]),
    });
    return this.save(before, before.name, calendar, 'sla_calendar.holidays_imported');
  }

  private async save(
    before: SlaCalendarRow,
    name: string,
    calendar: BusinessCalendar,
    action: string,
  ): Promise<SlaCalendarDto> {
    const [row] = await queryRows<SlaCalendarRow>(
      this.db.manager,
      `UPDATE sla_calendars SET name = $3, time_zone = $4, working_hours = $5, holidays = $6,
              version = version + 1, updated_at = now()
        WHERE tenant_id = $1 AND id = $2 RETURNING ${CALENDAR_COLUMNS}`,
      [
        this.db.tenantId,
        before.id,
        name,
        calendar.timeZone,
        JSON.stringify(calendar.workingHours),
        JSON.stringify(calendar.holidays),
      ],
    );
    const rescheduled = await this.timers.rescheduleForCalendar(before.id, calendar);
    const after = toCalendarDto(row);
    await this.audit.record({
      action,
      entityType: 'sla_calendar',
      entityId: before.id,
      before: toCalendarDto(before),
      after: { ...after, rescheduledTimers: rescheduled },
    });
    return after;
  }

  private valid(calendar: {
    timeZone: string;
    workingHours: WeeklySchedule;
    holidays: Holiday[];
  }): BusinessCalendar {
    const problems = validateCalendar(calendar);
    if (problems.length) throw new RequestValidationException([...problems]);
    return calendar;
  }

  private async find(id: string, forUpdate = false): Promise<SlaCalendarRow> {
    const [row]: SlaCalendarRow[] = await this.db.manager.query(
      `SELECT ${CALENDAR_COLUMNS} FROM sla_calendars WHERE tenant_id = $1 AND id = $2 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [this.db.tenantId, id],
    );
    if (!row) throw new RecordNotFound('Calendar');
    return row;
  }

  private async requireUniqueName(name: string, exceptId: string | null): Promise<void> {
    const [{ taken }]: { taken: boolean }[] = await this.db.manager.query(
      `SELECT EXISTS (SELECT 1 FROM sla_calendars WHERE tenant_id = $1 AND name = $2 AND id IS DISTINCT FROM $3::uuid) AS taken`,
      [this.db.tenantId, name, exceptId],
    );
    if (taken)
      throw new RequestValidationException([
        { path: '/name', message: 'a calendar with this name already exists' },
      ]);
  }
}
