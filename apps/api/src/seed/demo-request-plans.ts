import type { RequestState } from '@trellis/domain';

/** Demo users by the local part of their email (requester@acme.test -> `requester`). */
export type DemoPerson = 'requester' | 'approver' | 'agent' | 'admin' | 'changes' | 'auditor';

/** One thing someone does to a demo request, through the same service a route would call. */
export type DemoStep =
  | { do: 'submit' }
  | { do: 'approve'; as: DemoPerson; comment?: string }
  | { do: 'reject'; as: DemoPerson; comment: string }
  /** The agent claims (if need be), starts, ticks the checklist, logs time and completes these. */
  | { do: 'complete'; tasks: string[] | 'all' }
  | { do: 'start'; task: string }
  | { do: 'comment'; as: DemoPerson; body: string }
  | { do: 'hold' }
  | { do: 'cancel'; reason: string }
  | { do: 'close'; rating: number; feedback: string }
  | { do: 'review'; rating: number; text: string };

export interface DemoRequestPlan {
  /** Names the scenario, for the seed's test and for reading. */
  key: string;
  item: string;
  /** The demo requester raises every request; `requestedFor` orders on someone else's behalf. */
  requestedFor?: DemoPerson;
  priority: 'low' | 'medium' | 'high' | 'critical';
  justification: string;
  formData: Record<string, unknown>;
  steps: DemoStep[];
  /** Where the steps leave it; the seed fails loudly if they do not. */
  status: RequestState;
}

/** An ISO date `days` from today, so demo forms never ask for the past. */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A handful of requests in each state worth seeing, across the five demo items. Approvers follow
 * the demo policies (demo-approvals.ts): "Manager approval" asks the requester's manager
 * (approver@), "Manager then IT" then a change manager (changes@), "Two of three" any two of
 * approver@, changes@ and admin@. Fulfilment tasks are the Service Desk's (agent@).
 */
export const DEMO_REQUESTS: DemoRequestPlan[] = [
  {
    key: 'draft',
    item: 'Cloud Resources',
    priority: 'low',
    justification: 'A sandbox to try the new build pipeline before we move the team onto it.',
    formData: {
      provider: 'AWS',
      environment: 'development',
      resourceType: 'virtual machine',
      size: 'small',
      region: 'eu-west-1',
      dataClassification: 'internal',
      expiresOn: daysFromNow(90),
    },
    steps: [],
    status: 'draft',
  },
  {
    key: 'pending-level-1',
    item: 'Laptop Request',
    priority: 'medium',
    justification: 'My laptop is five years old and no longer receives security updates.',
    formData: {
      model: 'MacBook Pro 14"',
      ram: 32,
      storage: 1024,
      reason: 'Replacement: end of life',
      accessories: ['USB-C dock'],
    },
    steps: [{ do: 'submit' }],
    status: 'pending_approval',
  },
  {
    key: 'pending-level-2',
    item: 'Cloud Resources',
    priority: 'high',
    justification: 'The reporting service moves off the shared database before the Q3 peak.',
    formData: {
      provider: 'AWS',
      environment: 'production',
      resourceType: 'managed database',
      size: 'medium',
      region: 'eu-west-1',
      dataClassification: 'confidential',
    },
    steps: [
      { do: 'submit' },
      { do: 'approve', as: 'approver', comment: 'Budgeted for this quarter.' },
    ],
    status: 'pending_approval',
  },
  {
    key: 'rejected',
    item: 'Software License',
    priority: 'medium',
    justification: 'Dashboards for the quarterly sales review.',
    formData: {
      software: 'Tableau Creator',
      licenseType: 'named user',
      quantity: 1,
      term: '12 months',
      businessReason: 'I build the dashboards for the quarterly sales review.',
    },
    steps: [
      { do: 'submit' },
      {
        do: 'reject',
        as: 'approver',
        comment: 'The analytics team has spare Tableau seats; ask them for one first.',
      },
    ],
    status: 'rejected',
  },
  {
    key: 'in-progress',
    item: 'VPN Access',
    requestedFor: 'auditor',
    priority: 'high',
    justification: 'Quinn audits the branch offices next month and needs access while travelling.',
    formData: {
      profile: 'standard',
      device: 'company laptop',
      duration: '90 days',
      justification: 'Remote access to the audit share while visiting the branch offices.',
    },
    steps: [
      { do: 'submit' },
      { do: 'approve', as: 'approver' },
      { do: 'approve', as: 'changes', comment: 'Standard profile only.' },
      { do: 'complete', tasks: ['security-review'] },
      { do: 'start', task: 'create-profile' },
    ],
    status: 'in_progress',
  },
  {
    key: 'on-hold',
    item: 'Laptop Request',
    priority: 'high',
    justification: 'The screen cracked; I am working from an external monitor meanwhile.',
    formData: {
      model: 'Dell Latitude 7450',
      ram: 16,
      storage: 512,
      reason: 'Replacement: broken',
      reasonDetails: 'Dropped in transit; the laptop works but the screen is unreadable.',
    },
    steps: [
      { do: 'submit' },
      { do: 'approve', as: 'approver' },
      { do: 'approve', as: 'changes' },
      { do: 'complete', tasks: ['check-stock'] },
      {
        do: 'comment',
        as: 'agent',
        body: 'The Latitude 7450 is out of stock; we are waiting for the supplier to confirm a delivery date.',
      },
      { do: 'hold' },
    ],
    status: 'on_hold',
  },
  {
    key: 'fulfilled',
    item: 'Software License',
    priority: 'medium',
    justification: 'Design reviews with the product team are moving to Figma.',
    formData: {
      software: 'Figma Professional',
      licenseType: 'named user',
      quantity: 1,
      term: '12 months',
      businessReason: 'Design reviews with the product team are moving to Figma.',
    },
    steps: [{ do: 'submit' }, { do: 'approve', as: 'approver' }, { do: 'complete', tasks: 'all' }],
    status: 'fulfilled',
  },
  {
    key: 'closed',
    item: 'New User Account',
    priority: 'medium',
    justification: 'Sam joins the sales team; the account should be ready on day one.',
    formData: {
      firstName: 'Sam',
      lastName: 'Taylor',
      jobTitle: 'Account Executive',
      department: 'Sales',
      startDate: daysFromNow(14),
      groups: ['all-staff', 'sales'],
      needsMailbox: true,
    },
    steps: [
      { do: 'submit' },
      { do: 'approve', as: 'approver', comment: 'Welcome aboard, Sam.' },
      { do: 'complete', tasks: 'all' },
      { do: 'close', rating: 5, feedback: 'Everything was ready before the start date.' },
      {
        do: 'review',
        rating: 5,
        text: 'Account, mailbox and groups were all set up well before the first day. Painless.',
      },
    ],
    status: 'closed',
  },
  {
    key: 'cancelled',
    item: 'VPN Access',
    priority: 'low',
    justification: 'Working from home during the office move.',
    formData: {
      profile: 'engineering',
      device: 'personal device',
      duration: '30 days',
      justification: 'Access to the build servers from home while the office moves.',
    },
    steps: [
      { do: 'submit' },
      { do: 'cancel', reason: 'The office move was postponed; I no longer need it.' },
    ],
    status: 'cancelled',
  },
];
