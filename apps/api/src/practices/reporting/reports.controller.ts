import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authorize } from '../../platform/auth/authorize.decorator';
import { Problem } from '../../platform/errors/problem';
import { RequestExportQuery } from './dto/request-export-query.dto';
import { EXPORT_MAX_ROWS, RequestExportService } from './request-export.service';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly exports: RequestExportService) {}

  /**
   * Requests created in the window as CSV, newest first, with the filters of `GET requests`.
   * At most 10,000 rows; `X-Export-Truncated: true` says the cap was reached.
   */
  @Get('requests.csv')
  // Every request of the tenant, with names: the same permission as listing them all.
  @Authorize('requests:read-all')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: `CSV (RFC 4180, UTF-8 with a byte order mark), at most ${EXPORT_MAX_ROWS} rows`,
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiBadRequestResponse({ type: Problem })
  async exportRequestsCsv(
    @Query() query: RequestExportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const result = await this.exports.requests(query);
    const day = new Date().toISOString().slice(0, 10);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="requests-${day}.csv"`)
      .header('cache-control', 'private, no-store')
      .header('x-content-type-options', 'nosniff')
      .header('x-export-truncated', String(result.truncated));
    // The byte order mark lets spreadsheets read names with accents as UTF-8.
    return `\uFEFF${result.csv}`;
  }
}
