import type { Schemas } from '@trellis/api-client';

export type RequestStatus = Schemas['RequestDto']['status'];

// No `warning` or `info`: MUI's default orange and light blue fail AA contrast behind white text.
type ChipColor = 'default' | 'primary' | 'secondary' | 'success' | 'error';

/** How each request status is shown: its label and chip colour. */
export const REQUEST_STATUS: Readonly<Record<RequestStatus, { label: string; color: ChipColor }>> =
  {
    draft: { label: 'Draft', color: 'default' },
    submitted: { label: 'Submitted', color: 'default' },
    pending_approval: { label: 'Pending approval', color: 'secondary' },
    approved: { label: 'Approved', color: 'primary' },
    in_progress: { label: 'In progress', color: 'primary' },
    on_hold: { label: 'On hold', color: 'secondary' },
    fulfilled: { label: 'Fulfilled', color: 'success' },
    closed: { label: 'Closed', color: 'default' },
    rejected: { label: 'Rejected', color: 'error' },
    cancelled: { label: 'Cancelled', color: 'default' },
  };
