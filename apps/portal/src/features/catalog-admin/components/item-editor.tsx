import ArrowBack from '@mui/icons-material/ArrowBack';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useId, useRef, useState } from 'react';
import { Link as RouterLink, useBlocker, useNavigate } from 'react-router-dom';
import { catalogAdminItemPath, paths } from '../../../app/router/paths';
import { PageHeader } from '../../../shared/components/page-header';
import type { AdminCatalogItem } from '../hooks/use-admin-catalog-item';
import { useItemActionFlow } from '../hooks/use-item-action-flow';
import { useSaveCatalogItem } from '../hooks/use-save-catalog-item';
import type { ItemDraft } from '../item-draft';
import { draftToBody, emptyDraft, itemToDraft } from '../item-draft';
import { describeItemPath } from '../item-problem-paths';
import { ApprovalTab } from './approval-tab';
import { ConfirmDialog } from './confirm-dialog';
import { DetailsTab } from './details-tab';
import { FormTab } from './form-tab';
import { ItemActionDialog } from './item-action-dialog';
import { ItemStatusChip } from './item-status-chip';
import { SaveProblemAlert } from '../../../shared/components/save-problem-alert';
import { TasksTab } from './tasks-tab';

export type EditorTab = 'details' | 'form' | 'tasks' | 'approval';

const TABS: readonly { value: EditorTab; label: string }[] = [
  { value: 'details', label: 'Details' },
  { value: 'form', label: 'Form' },
  { value: 'tasks', label: 'Tasks' },
  { value: 'approval', label: 'Approval' },
];

const snapshot = (draft: ItemDraft) => JSON.stringify(draftToBody(draft));

/** The item editor: four tabs over one draft, saved as a whole with the version it was read at. */
export function ItemEditor({
  item,
  tab,
  onTabChange,
  onReload,
}: {
  item: AdminCatalogItem | null;
  tab: EditorTab;
  onTabChange: (tab: EditorTab) => void;
  onReload: () => void;
}) {
  const navigate = useNavigate();
  const baseId = useId();
  const [draft, setDraft] = useState<ItemDraft>(() => (item ? itemToDraft(item) : emptyDraft()));
  const [saved] = useState(() => (item ? snapshot(draft) : null));
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [localError, setLocalError] = useState<string | null>(null);
  const save = useSaveCatalogItem();
  const flow = useItemActionFlow();
  const dirty = saved === null || snapshot(draft) !== saved;
  // Leaving with unsaved changes asks first; opening the item just created does not.
  const opening = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !opening.current && currentLocation.pathname !== nextLocation.pathname,
  );
  const change = (patch: Partial<ItemDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setLocalError(null);
  };

  const onSave = () => {
    const outcome = draftToBody(draft);
    if (!outcome.ok) {
      setLocalError(outcome.message);
      return;
    }
    if (!item) {
      save.mutate(
        { kind: 'create', body: outcome.body, idempotencyKey },
        {
          onSuccess: (created) => {
            opening.current = true;
            void navigate(catalogAdminItemPath(created.id), { replace: true });
          },
        },
      );
      return;
    }
    save.mutate({ kind: 'update', id: item.id, body: { ...outcome.body, version: item.version } });
  };

  const title = item ? item.name : 'New catalog item';
  return (
    <>
      <Button
        component={RouterLink}
        to={paths.catalogAdmin}
        startIcon={<ArrowBack />}
        size="small"
        sx={{ mb: 1 }}
      >
        All items
      </Button>
      <PageHeader
        title={title}
        description={
          item ? (
            <Stack direction="row" component="span" sx={{ gap: 1, alignItems: 'center' }}>
              <ItemStatusChip status={item.status} />
              <span>{dirty ? 'Unsaved changes' : 'All changes saved'}</span>
            </Stack>
          ) : (
            'A new item is a draft until you publish it.'
          )
        }
        actions={
          <Stack direction="row" sx={{ gap: 1 }}>
            {item ? (
              <Button
                variant="outlined"
                disabled={dirty}
                title={dirty ? 'Save your changes first' : undefined}
                onClick={() =>
                  flow.ask({
                    id: item.id,
                    name: item.name,
                    version: item.version,
                    action: item.status === 'published' ? 'retire' : 'publish',
                  })
                }
              >
                {item.status === 'published' ? 'Retire' : 'Publish'}
              </Button>
            ) : null}
            <Button variant="contained" onClick={onSave} loading={save.isPending} disabled={!dirty}>
              {item ? 'Save' : 'Save draft'}
            </Button>
          </Stack>
        }
      />
      <Stack sx={{ gap: 2, mb: 2 }}>
        {localError ? <Alert severity="error">{localError}</Alert> : null}
        {save.isError ? (
          <SaveProblemAlert
            title="The item could not be saved"
            error={save.error}
            onReload={onReload}
            describePath={describeItemPath}
          />
        ) : null}
      </Stack>
      <Tabs
        value={tab}
        onChange={(_, next: EditorTab) => onTabChange(next)}
        aria-label="Item editor sections"
        variant="scrollable"
        allowScrollButtonsMobile
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}
      >
        {TABS.map((t) => (
          <Tab
            key={t.value}
            value={t.value}
            label={t.label}
            id={`${baseId}-tab-${t.value}`}
            aria-controls={`${baseId}-panel-${t.value}`}
          />
        ))}
      </Tabs>
      {TABS.map((t) => (
        <Box
          key={t.value}
          role="tabpanel"
          id={`${baseId}-panel-${t.value}`}
          aria-labelledby={`${baseId}-tab-${t.value}`}
          hidden={tab !== t.value}
        >
          {tab !== t.value ? null : t.value === 'details' ? (
            <DetailsTab draft={draft} onChange={change} />
          ) : t.value === 'form' ? (
            <FormTab form={draft.form} onChange={(form) => change({ form })} />
          ) : t.value === 'tasks' ? (
            <TasksTab
              templates={draft.taskTemplates}
              onChange={(taskTemplates) => change({ taskTemplates })}
            />
          ) : (
            <ApprovalTab
              policyId={draft.approvalPolicyId}
              onChange={(approvalPolicyId) => change({ approvalPolicyId })}
            />
          )}
        </Box>
      ))}
      {item && item.status !== 'published' && !dirty ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 3 }}>
          Publishing needs a request form and at least one task.
        </Typography>
      ) : null}
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title="Leave without saving?"
        confirmLabel="Leave"
        onConfirm={() => blocker.proceed?.()}
        onClose={() => blocker.reset?.()}
      >
        Your changes to this item are not saved yet; leaving drops them.
      </ConfirmDialog>
      <ItemActionDialog
        pending={flow.pending}
        busy={flow.isPending}
        onConfirm={flow.confirm}
        onCancel={flow.cancel}
      />
    </>
  );
}
