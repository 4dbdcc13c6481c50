import type { NotificationPreference } from './hooks/use-notification-preferences';

type EventType = NotificationPreference['eventType'];
type Channel = NotificationPreference['channel'];

/** What each event is, as a person would say it; the table lists them in this order. */
export const EVENT_TYPE_LABELS: Readonly<Record<EventType, string>> = {
  'approval.requested': 'An approval is waiting for me',
  'approval.reminder': 'A reminder about a waiting approval',
  'approval.escalated': 'An approval was escalated to me',
  'approval.decided': 'An approval was decided',
  'request.pending_approval': 'My request waits for approval',
  'request.approved': 'My request was approved',
  'request.rejected': 'My request was rejected',
  'request.in_progress': 'Work on my request started',
  'request.on_hold': 'My request was put on hold',
  'request.fulfilled': 'My request was fulfilled',
  'request.closed': 'My request was closed',
  'request.cancelled': 'My request was cancelled',
  'request.assigned': 'A request was assigned',
  'request.commented': 'A comment was added to a request',
  'task.assigned': 'A task was assigned to me',
  'cost_center.budget_threshold_reached': 'A cost centre reached a budget threshold',
  'sla.warning': 'A service-level target is close',
  'sla.breached': 'A service-level target was missed',
};

export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  in_app: 'In the portal',
  email: 'Email',
};

export const CHANNELS: readonly Channel[] = ['in_app', 'email'];

/** Event types in the order of the labels above, then any the portal does not know yet. */
export function orderedEventTypes(types: readonly EventType[]): EventType[] {
  const known = Object.keys(EVENT_TYPE_LABELS) as EventType[];
  const present = new Set(types);
  return [
    ...known.filter((t) => present.has(t)),
    ...[...present].filter((t) => !known.includes(t)),
  ];
}
