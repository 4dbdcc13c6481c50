import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useCallback, useId, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/page-header';
import { ApprovalDrawer } from '../components/approval-drawer';
import { ApprovalQueueTab } from '../components/approval-queue-tab';
import { DecisionHistoryTab } from '../components/decision-history-tab';
import { DelegationsTab } from '../components/delegations-tab';
import type { ApprovalItem } from '../hooks/use-approval-queue';
import { useApprovalQueue } from '../hooks/use-approval-queue';

const TABS = [
  { key: 'queue', label: 'Waiting for me' },
  { key: 'history', label: 'My decisions' },
  { key: 'delegations', label: 'Delegations' },
] as const;

type TabKey = (typeof TABS)[number]['key'];

function isTab(value: string | null): value is TabKey {
  return TABS.some((tab) => tab.key === value);
}

/** The approver's desk: the queue, their past decisions and their delegations, in tabs. */
export function ApprovalsPage() {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: TabKey = isTab(requested) ? requested : 'queue';
  const [open, setOpen] = useState<ApprovalItem | null>(null);
  const queue = useApprovalQueue('pending');
  const onOpen = useCallback((approval: ApprovalItem) => setOpen(approval), []);
  const tabId = (key: TabKey) => `${id}-tab-${key}`;
  const panelId = (key: TabKey) => `${id}-panel-${key}`;

  return (
    <>
      <PageHeader
        title="Approvals"
        description="Decide on the requests waiting for you, alone or several at once, and delegate while you are away."
      />
      <Paper variant="outlined">
        <Tabs
          value={tab}
          onChange={(_, value: TabKey) =>
            setParams(value === 'queue' ? {} : { tab: value }, { replace: true })
          }
          variant="scrollable"
          allowScrollButtonsMobile
          aria-label="Approvals"
          sx={{ borderBottom: 1, borderColor: 'divider' }}
        >
          {TABS.map(({ key, label }) => (
            <Tab key={key} value={key} label={label} id={tabId(key)} aria-controls={panelId(key)} />
          ))}
        </Tabs>
        <div role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)}>
          {tab === 'queue' ? <ApprovalQueueTab onOpen={onOpen} /> : null}
          {tab === 'history' ? <DecisionHistoryTab onOpen={onOpen} /> : null}
          {tab === 'delegations' ? <DelegationsTab /> : null}
        </div>
      </Paper>
      <ApprovalDrawer
        approval={open}
        onClose={() => setOpen(null)}
        reload={() => void queue.refetch()}
      />
    </>
  );
}
