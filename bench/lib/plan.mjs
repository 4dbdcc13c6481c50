// The shape of the generated data: how many tenants, how requests spread over them, and how each
// tenant's users are laid out. Pure and seeded, so the same flags always give the same database.

export const TENANT_COUNT = 100;
/** Share of all requests held by the first tenant (the big customer every SaaS has). */
export const BIG_SHARE = 0.3;
/** Zipf exponent for the other tenants: a long tail of small ones. */
const ZIPF_S = 1.1;

/** mulberry32: tiny, fast, good enough to pick sizes and names reproducibly. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits `total` into integers proportional to `weights` (largest remainder: sums exactly). */
function apportion(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[i] += 1;
  }
  return counts;
}

/**
 * Per tenant: request count and user layout. Users are addressed by an index k so SQL can derive
 * any user's id (md5 of tenant and k) without a join:
 *   0 requester, 1 approver (manager of 0), 2 agent, 3 admin, 4 change manager, 5 auditor
 *   [6, agentStart)          approvers: managers of about twenty requesters each
 *   [agentStart, requesterStart)  agents, in teams by (k - agentStart) % 4
 *   [requesterStart, users)  requesters
 */
export function tenantPlan(totalRequests, seed) {
  const random = prng(seed);
  const big = Math.round(totalRequests * BIG_SHARE);
  const tail = Array.from({ length: TENANT_COUNT - 1 }, (_, i) => 1 / (i + 1) ** ZIPF_S);
  // A little jitter so the tail is not a perfect curve; still seeded.
  const jittered = tail.map((w) => w * (0.8 + 0.4 * random()));
  const counts = [big, ...apportion(totalRequests - big, jittered)];
  return counts.map((requests, ord) => {
    const users = Math.max(30, Math.ceil(requests / 40));
    const approvers = Math.max(2, Math.ceil(users / 20));
    const agents = 4 * Math.max(1, Math.ceil(users / 48));
    const slug = `bench-${String(ord).padStart(2, '0')}`;
    return {
      ord,
      slug,
      name: `${COMPANY_NAMES[ord % COMPANY_NAMES.length]} ${ord}`,
      domain: `${slug}.test`,
      requests: Math.max(requests, 1),
      users,
      approvers,
      agentStart: 6 + approvers,
      agents,
      requesterStart: 6 + approvers + agents,
    };
  });
}

const COMPANY_NAMES = [
  'Northwind',
  'Contoso',
  'Initech',
  'Umbrella',
  'Hooli',
  'Vandelay',
  'Stark',
  'Wayne',
  'Tyrell',
  'Cyberdyne',
];
