import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { catalogItemPath } from '../../../app/router/paths';
import { FactList } from '../../../shared/components/fact-list';
import { formatCost, formatDateTime } from '../../../shared/format';
import { useCatalogItem } from '../../catalog/hooks/use-catalog-item';
import { orderedAnswers } from '../answer-order';
import { useCostCenter } from '../hooks/use-cost-center';
import type { ServiceRequest } from '../hooks/use-request';
import { REQUEST_STATUS } from '../request-status';

export const PRIORITY_LABELS: Readonly<Record<ServiceRequest['priority'], string>> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

function When({ at }: { at: string | null }) {
  return at ? <time dateTime={at}>{formatDateTime(at)}</time> : 'Not yet';
}

function CostCenterName({ id }: { id: string | null }) {
  const costCenter = useCostCenter(id);
  if (id === null) return 'None';
  if (costCenter.isSuccess) return `${costCenter.data.name} (${costCenter.data.code})`;
  // Not readable or not loaded yet: the record still says one is charged.
  return costCenter.isPending ? 'Loading…' : 'A cost centre';
}

/** What was asked for, by whom, for whom, at what cost, and when each milestone happened. */
export function RequestFacts({ request }: { request: ServiceRequest }) {
  const status = REQUEST_STATUS[request.status];
  const facts: [string, ReactNode][] = [
    ['Status', <Chip key="status" size="small" color={status.color} label={status.label} />],
    [
      'Item',
      <Link key="item" component={RouterLink} to={catalogItemPath(request.itemId)}>
        {request.itemName}
      </Link>,
    ],
    ['Requester', request.requesterName],
    ['Requested for', request.requestedForName],
    ['Priority', PRIORITY_LABELS[request.priority]],
    ['Cost', formatCost(request.costAmount, request.costCurrency)],
    ['Cost centre', <CostCenterName key="cost-centre" id={request.costCenterId} />],
    ['Assigned to', request.assigneeName ?? 'Nobody yet'],
    ['Created', <When key="created" at={request.createdAt} />],
    ['Submitted', <When key="submitted" at={request.submittedAt} />],
  ];
  if (request.dueDate) facts.push(['Needed by', request.dueDate]);
  if (request.approvedAt) facts.push(['Approved', <When key="approved" at={request.approvedAt} />]);
  if (request.fulfilledAt)
    facts.push(['Fulfilled', <When key="fulfilled" at={request.fulfilledAt} />]);
  if (request.closedAt) facts.push(['Closed', <When key="closed" at={request.closedAt} />]);
  facts.push(['Justification', request.justification || '—']);
  if (request.rating !== null) facts.push(['Rating', `${request.rating} of 5`]);
  if (request.feedback) facts.push(['Feedback', request.feedback]);
  return <FactList facts={facts} />;
}

function answerText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map(answerText).join(', ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** "startDate" -> "Start date": the form's field names, readable. */
function fieldLabel(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

/** The answers given in the item's form, in the form's order and under its titles when known. */
export function RequestAnswers({ request }: { request: ServiceRequest }) {
  // The item's form as it is now; a retired item is not readable by everyone, and then the
  // answers keep their field names.
  const item = useCatalogItem(request.itemId);
  const fields = orderedAnswers(request.formData, item.data?.formSchema, item.data?.uiSchema);
  if (fields.length === 0) return null;
  return (
    <FactList
      facts={fields.map(({ name, title }) => [
        title ?? fieldLabel(name),
        answerText(request.formData[name]),
      ])}
    />
  );
}
