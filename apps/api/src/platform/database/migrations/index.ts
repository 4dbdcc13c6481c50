import { Identity1763700000000 } from './1763700000000-identity';
import { Catalog1763800000000 } from './1763800000000-catalog';
import { Requests1763900000000 } from './1763900000000-requests';
import { Attachments1764000000000 } from './1764000000000-attachments';
import { Reviews1764100000000 } from './1764100000000-reviews';
import { RequestLinks1764200000000 } from './1764200000000-request-links';
import { RequestAssignee1764300000000 } from './1764300000000-request-assignee';

/** Migrations in order. Listed explicitly so the bundle needs no glob at run time. */
export const MIGRATIONS = [
  Identity1763700000000,
  Catalog1763800000000,
  Requests1763900000000,
  Attachments1764000000000,
  Reviews1764100000000,
  RequestLinks1764200000000,
  RequestAssignee1764300000000,
];
