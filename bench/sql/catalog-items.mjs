// The catalog every generated tenant gets: 24 items over the eight categories, four support
// teams, approval policies shaped like the demo's, and task templates (1-4 per item).

export const TEAMS = ['Service Desk', 'End User Computing', 'Identity & Access', 'Cloud Platform'];
export const CATEGORIES = [
  'access',
  'software',
  'hardware',
  'infrastructure',
  'support',
  'training',
  'consulting',
  'other',
];
export const COST_CENTERS = ['IT-OPS', 'ENG', 'SALES', 'FIN'];

/** policy: 0 none, 1 manager, 2 manager then IT (a change manager). */
export const POLICIES = [
  null,
  {
    name: 'Manager approval',
    levels: [
      {
        name: 'Manager',
        approvers: [{ type: 'requester_manager' }],
        rule: { kind: 'any' },
        reminderIntervalHours: 24,
        timeoutHours: 72,
        timeoutAction: 'escalate',
      },
    ],
  },
  {
    name: 'Manager then IT',
    levels: [
      {
        name: 'Manager',
        approvers: [{ type: 'requester_manager' }],
        rule: { kind: 'any' },
        reminderIntervalHours: 24,
      },
      {
        name: 'IT',
        approvers: [{ type: 'role', role: 'change_manager' }],
        rule: { kind: 'any' },
        timeoutHours: 48,
        timeoutAction: 'escalate',
      },
    ],
  },
];

const t = (key, title, estimateMinutes, dependsOn = [], checklist = []) => ({
  key,
  title,
  estimateMinutes,
  dependsOn,
  checklist,
});
const ACCOUNT = [
  t('create', 'Create the account', 20, [], ['Naming convention', 'Temporary password', 'MFA']),
  t('groups', 'Add to groups', 10, ['create']),
  t('notify', 'Tell the requester', 5, ['groups']),
];
const DEVICE = [
  t('order', 'Order from the supplier', 30, [], ['Quote', 'Purchase order', 'Delivery date']),
  t('image', 'Image and enrol the device', 60, ['order']),
  t('asset', 'Record the asset', 10, ['order']),
  t('handover', 'Hand over to the user', 20, ['image', 'asset']),
];
const LICENCE = [
  t('assign', 'Assign the licence', 15, [], ['Check entitlement', 'Assign seat', 'Send key']),
  t('confirm', 'Confirm with the requester', 5, ['assign']),
];
const SIMPLE = [t('do', 'Carry out the request', 30, [], ['Check', 'Do', 'Verify'])];

/** [name, category, team, cost centre, policy, cost, delivery days, templates] */
const ROWS = [
  ['New User Account', 0, 2, 0, 1, '0.00', 2, ACCOUNT],
  ['VPN Access', 0, 2, 0, 2, '0.00', 1, ACCOUNT],
  ['Shared Mailbox', 0, 2, 0, 1, '0.00', 2, ACCOUNT],
  ['Password Reset', 0, 0, 0, 0, '0.00', 0, SIMPLE],
  ['Software License', 1, 1, 1, 1, '250.00', 3, LICENCE],
  ['Design Tools Seat', 1, 1, 1, 1, '600.00', 3, LICENCE],
  ['Developer IDE', 1, 1, 1, 1, '500.00', 2, LICENCE],
  ['Install Approved Software', 1, 0, 0, 0, '0.00', 1, SIMPLE],
  ['Laptop Request', 2, 1, 0, 2, '1800.00', 10, DEVICE],
  ['Monitor', 2, 1, 0, 1, '300.00', 5, DEVICE],
  ['Mobile Phone', 2, 1, 2, 2, '900.00', 7, DEVICE],
  ['Headset', 2, 0, 0, 0, '120.00', 3, SIMPLE],
  ['Cloud Resources', 3, 3, 1, 2, '400.00', 3, LICENCE],
  ['Database Instance', 3, 3, 1, 2, '700.00', 4, LICENCE],
  ['DNS Change', 3, 3, 0, 1, '0.00', 1, SIMPLE],
  ['Firewall Rule', 3, 3, 0, 2, '0.00', 2, LICENCE],
  ['Something Is Broken', 4, 0, 0, 0, '0.00', 1, SIMPLE],
  ['Printer Problem', 4, 0, 0, 0, '0.00', 1, SIMPLE],
  ['Meeting Room AV', 4, 0, 0, 0, '0.00', 1, SIMPLE],
  ['Security Awareness Course', 5, 0, 3, 1, '150.00', 14, LICENCE],
  ['Cloud Certification', 5, 3, 1, 1, '300.00', 30, LICENCE],
  ['Architecture Review', 6, 3, 1, 1, '0.00', 10, SIMPLE],
  ['Data Export', 7, 0, 3, 1, '0.00', 3, SIMPLE],
  ['Other Request', 7, 0, 0, 0, '0.00', 3, SIMPLE],
];

/** The items, one row each, with their index j (requests pick j with a skew towards 0). */
export const ITEMS = ROWS.map(
  ([name, category, team, costCenter, policy, cost, days, tasks], j) => ({
    j,
    name,
    category,
    team,
    costCenter,
    policy,
    cost,
    deliveryDays: days,
    tasks,
  }),
);

/** Every item asks for the same short form, so load tests can order any of them. */
export const FORM_SCHEMA = {
  type: 'object',
  required: ['details'],
  properties: {
    details: { type: 'string', title: 'Details', minLength: 1, maxLength: 2000 },
    neededBy: { type: 'string', title: 'Needed by', format: 'date' },
  },
  additionalProperties: false,
};

/** Words for justifications and comments, most common first: text search sees a Zipf curve. */
export const WORDS = (
  'access please need new team project laptop account for the urgent update request software ' +
  'license support issue vpn printer monitor cloud database server email password reset install ' +
  'configure upgrade replace broken slow error cannot login onboarding starter contractor manager ' +
  'approval budget quarter finance sales engineering marketing design security compliance audit ' +
  'review migration backup restore storage network firewall dns certificate renewal expired ' +
  'mobile phone headset keyboard mouse dock adapter charger battery screen camera microphone ' +
  'meeting room projector training course certification conference travel remote office home ' +
  'shared mailbox calendar group permission role admin developer tools ide container kubernetes ' +
  'pipeline deploy release staging production incident outage latency timeout memory disk cpu ' +
  'quota limit increase decrease rotate key secret token integration webhook api export import ' +
  'report dashboard analytics warehouse pipeline schema index query performance tuning archive ' +
  'retention policy legal hold ediscovery vendor contract renewal invoice purchase order asset ' +
  'inventory decommission wipe recycle relocation desk chair ergonomic accessibility'
).split(' ');
