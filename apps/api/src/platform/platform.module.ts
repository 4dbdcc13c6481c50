import { Global, Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { TerminusModule } from '@nestjs/terminus';
import { AuditController } from './audit/audit.controller';
import { AuditService } from './audit/audit.service';
import { ApiTokenAuthenticator } from './auth/api-token.authenticator';
import { ApiTokenStrategy } from './auth/api-token.strategy';
import { JwtStrategy } from './auth/jwt.strategy';
import { HealthController } from './health/health.controller';
import { AppLogger } from './logging/app-logger';
import { JobTicks } from './scheduler/job-ticks';
import { TenantJobRunner } from './scheduler/tenant-job-runner';
import { IdempotentInterceptor } from './idempotency/idempotent.interceptor';
import { NumberingService } from './numbering/numbering.service';
import { OutboxService } from './outbox/outbox.service';
import { TenantDb } from './tenancy/tenant-db';

/** What every practice uses: the tenant transaction, the audit trail, authentication, health. */
@Global()
@Module({
  imports: [PassportModule, TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController, AuditController],
  providers: [
    AppLogger,
    TenantDb,
    TenantJobRunner,
    JobTicks,
    AuditService,
    OutboxService,
    NumberingService,
    IdempotentInterceptor,
    ApiTokenAuthenticator,
    JwtStrategy,
    ApiTokenStrategy,
  ],
  exports: [
    TenantJobRunner,
    JobTicks,
    AppLogger,
    TenantDb,
    OutboxService,
    NumberingService,
    IdempotentInterceptor,
    AuditService,
  ],
})
export class PlatformModule {}
