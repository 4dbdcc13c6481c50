import { AuditEvent } from '../audit/audit-event.entity';
import { REQUEST_ENTITIES } from './request-entities';
import { ApiToken } from '../../practices/identity/entities/api-token.entity';
import { RefreshToken } from '../../practices/identity/entities/refresh-token.entity';
import { TeamMember } from '../../practices/identity/entities/team-member.entity';
import { Team } from '../../practices/identity/entities/team.entity';
import { Tenant } from '../../practices/identity/entities/tenant.entity';
import { User } from '../../practices/identity/entities/user.entity';
import { CatalogCategory } from '../../practices/service-catalog/entities/catalog-category.entity';
import { CatalogItem } from '../../practices/service-catalog/entities/catalog-item.entity';
import { CatalogItemReview } from '../../practices/service-catalog/reviews/entities/catalog-item-review.entity';
import { CostCenter } from '../../practices/cost-management/entities/cost-center.entity';
import { SlaCalendar } from '../../practices/service-levels/entities/sla-calendar.entity';
import { SlaPolicy } from '../../practices/service-levels/entities/sla-policy.entity';
import { SlaTimer } from '../../practices/service-levels/entities/sla-timer.entity';
import { RequestAttachment } from '../../practices/service-requests/attachments/entities/request-attachment.entity';
import { NOTIFICATION_ENTITIES } from '../../practices/notifications/entities';

/** Every entity, in one list, so the app, the migration runner and the drift test agree. */
export const ENTITIES = [
  Tenant,
  User,
  Team,
  TeamMember,
  RefreshToken,
  ApiToken,
  AuditEvent,
  ...REQUEST_ENTITIES,
  CatalogCategory,
  CatalogItem,
  CostCenter,
  CatalogItemReview,
  RequestAttachment,
  SlaCalendar,
  SlaPolicy,
  SlaTimer,
  ...NOTIFICATION_ENTITIES,
];
