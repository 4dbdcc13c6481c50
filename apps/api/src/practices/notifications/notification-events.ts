import { formatNumber } from '../../platform/numbering/numbering.service';

/** An outbox event as the dispatcher hands it to the channels. */
export interface DispatchedEvent {
  id: string;
  tenantId: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  occurredAt: Date;
  actorId: string | null;
  payload: Record<string, unknown>;
}

export const CHANNELS = ['in_app', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

/** What a person is told: the in-app notification; email renders the same words. */
export interface Message {
  title: string;
  body: string;
  /** Portal path of the record, e.g. `/requests/<id>`. */
  link: string | null;
}

const REQUEST_STATE_WORDS: Record<string, string> = {
  pending_approval: 'is waiting for approval',
  approved: 'was approved',
  rejected: 'was rejected',
  in_progress: 'is being worked on',
  on_hold: 'is on hold',
  fulfilled: 'was fulfilled',
  closed: 'was closed',
  cancelled: 'was cancelled',
};

/**
 * Every event type people can be told about (in-app, email) and so set preferences for. Webhooks
 * are not limited to these: a subscription receives any event its patterns match.
 */
export const NOTIFIABLE_EVENT_TYPES = [
  'approval.requested',
  'approval.reminder',
  'approval.escalated',
  'approval.decided',
  ...Object.keys(REQUEST_STATE_WORDS).map((state) => `request.${state}`),
  'request.assigned',
  'request.commented',
  'task.assigned',
  'cost_center.budget_threshold_reached',
  'sla.warning',
  'sla.breached',
] as const;

export function isNotifiable(type: string): boolean {
  return (NOTIFIABLE_EVENT_TYPES as readonly string[]).includes(type);
}

const str = (value: unknown): string | null =>
  typeof value === 'string' && value.length > 0 ? value : null;
const ids = (...values: unknown[]): string[] =>
  values
    .flatMap((v): unknown[] => (Array.isArray(v) ? (v as unknown[]) : [v]))
    .filter((v): v is string => !!str(v));
/** A payload value as words; anything that is not plain text or a number reads as `fallback`. */
const text = (value: unknown, fallback = ''): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : fallback;

/**
 * Who an event tells, before preferences and before leaving out the actor: read from the ids the
 * emitting practice put in the payload, so no other practice's tables are read here.
 */
export function audienceOf(event: DispatchedEvent): string[] {
  const p = event.payload;
  switch (event.type) {
    case 'approval.requested':
    case 'approval.reminder':
    case 'approval.escalated':
      return ids(p.approverId);
    case 'approval.decided':
      return ids(p.requesterId, p.requestedForId);
    case 'request.assigned':
    case 'task.assigned':
      return ids(p.assigneeId);
    case 'request.commented':
      // Internal comments are for the people working the request, never the requester.
      return p.visibility === 'internal'
        ? ids(p.assigneeId)
        : ids(p.requesterId, p.requestedForId, p.assigneeId);
    case 'cost_center.budget_threshold_reached':
      return ids(p.ownerId);
    case 'sla.warning':
    case 'sla.breached':
      return ids(p.recipientIds);
    default:
      if (event.type.startsWith('request.') && isNotifiable(event.type))
        return ids(p.requesterId, p.requestedForId);
      return [];
  }
}

function requestNumber(p: Record<string, unknown>): string {
  const value = p.requestNumber ?? p.number;
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value)))
    return formatNumber('request', value);
  return str(value) ?? 'A request';
}

/** An instant from a payload as `2026-11-22 14:30 UTC` (emails cannot know the reader's zone). */
const when = (value: unknown): string => {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(ms)
    ? 'soon'
    : `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
};
const requestLink = (id: unknown): string | null => (str(id) ? `/requests/${str(id)}` : null);
const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** The words for one event; null for events that have no template (nobody is told). */
export function messageFor(event: DispatchedEvent): Message | null {
  const p = event.payload;
  const item = str(p.itemName);
  const number = requestNumber(p);
  let message: Message | null;
  switch (event.type) {
    case 'approval.requested':
      message = {
        title: `Approval needed: ${number}`,
        body: `${item ?? 'A request'} is waiting for your approval.`,
        link: requestLink(p.requestId),
      };
      break;
    case 'approval.reminder':
      message = {
        title: `Reminder: approval needed for ${number}`,
        body: `${item ?? 'A request'} is still waiting for your approval.`,
        link: requestLink(p.requestId),
      };
      break;
    case 'approval.escalated':
      message = {
        title: `Approval escalated: ${number}`,
        body: 'Your approval timed out, so others were asked to decide as well.',
        link: requestLink(p.requestId),
      };
      break;
    case 'approval.decided':
      message = {
        title: `${number}: an approver ${p.decision === 'approved' ? 'approved' : 'rejected'}`,
        body: `Approval level ${Number(p.level ?? 0) + 1} was ${text(p.decision, 'decided')}.`,
        link: requestLink(p.requestId),
      };
      break;
    case 'request.assigned':
      message = {
        title: `${number} was assigned to you`,
        body: 'You now own this request.',
        link: requestLink(event.aggregateId),
      };
      break;
    case 'request.commented':
      message = {
        title: `New comment on ${number}`,
        body: p.visibility === 'internal' ? 'An internal note was added.' : 'A comment was added.',
        link: requestLink(event.aggregateId),
      };
      break;
    case 'task.assigned':
      message = {
        title: `${str(p.number) ?? 'A task'} was assigned to you`,
        body: str(p.title)
          ? `"${str(p.title)}" for ${number}.`
          : `A task for ${number} is yours to do.`,
        link: `/tasks/${event.aggregateId}`,
      };
      break;
    case 'cost_center.budget_threshold_reached':
      message = {
        title: `Budget ${str(p.code) ? `${str(p.code)} ` : ''}reached ${text(p.threshold, '?')}%`,
        body: `Utilisation is now ${text(p.utilisationPercent, '?')}% after ${number}.`,
        link: `/cost-centers/${event.aggregateId}`,
      };
      break;
    case 'sla.warning':
      message = {
        title: `SLA warning: ${number}`,
        body: `${text(p.thresholdPercent, '?')}% of the ${text(p.kind, '')} target is used; due ${when(p.dueAt)}.`,
        link: requestLink(p.requestId),
      };
      break;
    case 'sla.breached':
      message = {
        title: `SLA breached: ${number}`,
        body: `The ${text(p.kind, '')} target was due ${when(p.dueAt)}.`,
        link: requestLink(p.requestId),
      };
      break;
    default: {
      const state = event.type.startsWith('request.') ? event.type.slice('request.'.length) : '';
      const words = REQUEST_STATE_WORDS[state];
      message = words
        ? {
            title: `${number} ${words}`,
            body: `${item ?? 'Your request'} ${words}.`,
            link: requestLink(event.aggregateId),
          }
        : null;
    }
  }
  return message && { ...message, title: clip(message.title, 200), body: clip(message.body, 1000) };
}
