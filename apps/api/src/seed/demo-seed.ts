import type { DataSource, EntityManager } from 'typeorm';
import { inTenantTransaction } from '../platform/tenancy/tenant-transaction';
import { PasswordHasher } from '../practices/identity/password-hasher';
import { seedApprovalPolicies } from './demo-approvals';
import { seedCatalog } from './demo-catalog';
import { seedServiceLevels } from './demo-service-levels';

export const DEMO_PASSWORD = 'Trellis-demo-1';

/** DESIGN.md section 5: the same six people in each demo tenant. */
export const DEMO_USERS = [
  { local: 'requester', name: 'Riley Requester', roles: ['requester'], managedBy: 'approver' },
  { local: 'approver', name: 'Avery Approver', roles: ['requester', 'approver'], managedBy: null },
  { local: 'agent', name: 'Jordan Agent', roles: ['requester', 'agent'], managedBy: null },
  { local: 'admin', name: 'Morgan Admin', roles: ['requester', 'admin'], managedBy: null },
  {
    local: 'changes',
    name: 'Casey Changes',
    roles: ['requester', 'change_manager', 'approver'],
    managedBy: null,
  },
  { local: 'auditor', name: 'Quinn Auditor', roles: ['requester', 'auditor'], managedBy: null },
] as const;

export const DEMO_TENANTS = [
  { slug: 'acme', name: 'Acme Corporation', domain: 'acme.test' },
  { slug: 'globex', name: 'Globex Corporation', domain: 'globex.test' },
] as const;

/** Loads the demo tenants. Idempotent: a second run leaves existing data alone. */
export async function seedDemo(dataSource: DataSource): Promise<void> {
  const passwordHash = await new PasswordHasher().hash(DEMO_PASSWORD);
  for (const tenant of DEMO_TENANTS) {
    await dataSource.query(
      `INSERT INTO tenants (slug, name) VALUES ($1, $2) ON CONFLICT (slug) DO NOTHING`,
      [tenant.slug, tenant.name],
    );
    const [{ id: tenantId }]: { id: string }[] = await dataSource.query(
      `SELECT id FROM tenants WHERE slug = $1`,
      [tenant.slug],
    );
    await inTenantTransaction(dataSource, tenantId, (m) =>
      seedTenant(m, tenantId, tenant.domain, passwordHash),
    );
  }
}

/** One demo tenant's people, teams, catalog and policies; tests use it for a tenant of their own. */
export async function seedTenant(
  m: EntityManager,
  tenantId: string,
  domain: string,
  passwordHash: string,
): Promise<void> {
  const ids = new Map<string, string>();
  for (const user of DEMO_USERS) {
    const email = `${user.local}@${domain}`;
    await m.query(
      `INSERT INTO users (tenant_id, email, name, roles, password_hash)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (tenant_id, email) DO NOTHING`,
      [tenantId, email, user.name, user.roles, passwordHash],
    );
    const [{ id }]: { id: string }[] = await m.query(
      `SELECT id FROM users WHERE tenant_id = $1 AND email = $2`,
      [tenantId, email],
    );
    ids.set(user.local, id);
  }
  for (const user of DEMO_USERS) {
    if (!user.managedBy) continue;
    await m.query(
      `UPDATE users SET manager_id = $3 WHERE tenant_id = $1 AND id = $2 AND manager_id IS NULL`,
      [tenantId, ids.get(user.local), ids.get(user.managedBy)],
    );
  }
  const teams = [
    {
      name: 'Service Desk',
      description: 'First-line support and request fulfilment',
      lead: 'agent',
      members: ['agent', 'admin'],
    },
    {
      name: 'Change Advisory Board',
      description: 'Assesses and authorises changes',
      lead: 'changes',
      members: ['changes', 'approver'],
    },
  ];
  for (const team of teams) {
    await m.query(
      `INSERT INTO teams (tenant_id, name, description, lead_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, name) DO NOTHING`,
      [tenantId, team.name, team.description, ids.get(team.lead)],
    );
    const [{ id: teamId }]: { id: string }[] = await m.query(
      `SELECT id FROM teams WHERE tenant_id = $1 AND name = $2`,
      [tenantId, team.name],
    );
    await m.query(
      `INSERT INTO team_members (tenant_id, team_id, user_id) SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT DO NOTHING`,
      [tenantId, teamId, team.members.map((local) => ids.get(local))],
    );
  }
  await seedCatalog(m, tenantId, ids);
  await seedApprovalPolicies(m, tenantId);
  await seedServiceLevels(m, tenantId, domain);
}
