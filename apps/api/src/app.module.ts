import { Module, RequestMethod, ValidationPipe } from '@nestjs/common';
import type { MiddlewareConsumer, NestModule } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClsMiddleware, ClsModule } from 'nestjs-cls';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import type { AppConfig } from './platform/config/app-config';
import { appDatabaseUrl } from './platform/config/app-config';
import { ConfigModule } from './platform/config/config.module';
import { dataSourceOptions } from './platform/database/data-source';
import { ProblemDetailsFilter } from './platform/errors/problem-details.filter';
import {
  flattenValidationErrors,
  RequestValidationException,
} from './platform/errors/validation-errors';
import { AuthenticationGuard } from './platform/auth/authentication.guard';
import { requestIdOf } from './platform/logging/request-id';
import { PlatformModule } from './platform/platform.module';
import { TenantTransactionInterceptor } from './platform/tenancy/tenant-transaction.interceptor';
import { IdentityModule } from './practices/identity/identity.module';
import { CostManagementModule } from './practices/cost-management/cost-management.module';
import { ServiceCatalogModule } from './practices/service-catalog/service-catalog.module';
import { ApprovalsModule } from './practices/approvals/approvals.module';
import { FulfillmentModule } from './practices/fulfillment/fulfillment.module';
import { ServiceRequestsModule } from './practices/service-requests/service-requests.module';
import { NotificationsModule } from './practices/notifications/notifications.module';
import { ReportingModule } from './practices/reporting/reporting.module';
import { ServiceLevelsModule } from './practices/service-levels/service-levels.module';

@Module({})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ClsMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }

  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.LOG_LEVEL,
            genReqId: (req) => requestIdOf(req),
            customProps: (req) => ({ requestId: requestIdOf(req) }),
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            autoLogging: {
              // Middleware mounted under the global prefix sees a stripped `url`; originalUrl is whole.
              ignore: (req) =>
                ((req as { originalUrl?: string }).originalUrl ?? req.url ?? '').startsWith(
                  '/api/health',
                ),
            },
            transport: undefined,
          },
        }),
        ClsModule.forRoot({
          global: true,
          // Mounted below with a path-to-regexp 8 wildcard (the module's own mount uses the legacy
          // `*`, which NestJS 11 warns about and converts on every start).
          middleware: {
            mount: false,
            generateId: true,
            idGenerator: (req: IncomingMessage) => requestIdOf(req),
            setup: (cls, req: IncomingMessage & { ip?: string }) => {
              cls.set('requestId', requestIdOf(req));
              cls.set('sourceIp', req.ip ?? req.socket?.remoteAddress ?? null);
            },
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(appDatabaseUrl(config), config.DATABASE_POOL_SIZE)),
        ThrottlerModule.forRoot({
          // Named 'default' so the headers are plain `Retry-After` / `X-RateLimit-*`; applied to auth routes only.
          throttlers: [{ name: 'default', ttl: 60_000, limit: config.AUTH_RATE_LIMIT_PER_MINUTE }],
        }),
        // With SCHEDULER_TICK_SECONDS the cron jobs run on intervals instead (JobTicks).
        ScheduleModule.forRoot({ cronJobs: !config.SCHEDULER_TICK_SECONDS }),
        PlatformModule,
        IdentityModule,
        CostManagementModule,
        ServiceCatalogModule,
        ServiceRequestsModule,
        ApprovalsModule,
        FulfillmentModule,
        ServiceLevelsModule,
        ReportingModule,
        NotificationsModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_GUARD, useClass: AuthenticationGuard },
        { provide: APP_INTERCEPTOR, useClass: TenantTransactionInterceptor },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({
            whitelist: true,
            forbidNonWhitelisted: true,
            transform: true,
            forbidUnknownValues: true,
            exceptionFactory: (errors) =>
              new RequestValidationException(flattenValidationErrors(errors)),
          }),
        },
      ],
    };
  }
}
