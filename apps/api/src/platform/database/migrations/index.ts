import { Identity1763700000000 } from './1763700000000-identity';
import { Catalog1763800000000 } from './1763800000000-catalog';
import { Requests1763900000000 } from './1763900000000-requests';
import { Attachments1764000000000 } from './1764000000000-attachments';
import { Reviews1764100000000 } from './1764100000000-reviews';
import { RequestLinks1764200000000 } from './1764200000000-request-links';
import { RequestAssignee1764300000000 } from './1764300000000-request-assignee';
import { ServiceLevels1764400000000 } from './1764400000000-service-levels';
import { Notifications1764500000000 } from './1764500000000-notifications';
import { ReportingIndexes1764600000000 } from './1764600000000-reporting-indexes';
import { RequestSearch1764800000000 } from './1764800000000-request-search';
import { LeakproofTextSearch1764900000000 } from './1764900000000-leakproof-text-search';
import { BenchIndexes1764700000000 } from './1764700000000-bench-indexes';
import { DashboardIndexes1765000000000 } from './1765000000000-dashboard-indexes';
import { OpenTaskLoads1765100000000 } from './1765100000000-open-task-loads';
import { OutboxBacklog1765200000000 } from './1765200000000-outbox-backlog';

/** Migrations in order. Listed explicitly so the bundle needs no glob at run time. */
export const MIGRATIONS = [
  Identity1763700000000,
  Catalog1763800000000,
  Requests1763900000000,
  Attachments1764000000000,
  Reviews1764100000000,
  RequestLinks1764200000000,
  RequestAssignee1764300000000,
  ServiceLevels1764400000000,
  Notifications1764500000000,
  ReportingIndexes1764600000000,
  BenchIndexes1764700000000,
  RequestSearch1764800000000,
  LeakproofTextSearch1764900000000,
  DashboardIndexes1765000000000,
  OpenTaskLoads1765100000000,
  OutboxBacklog1765200000000,
];
