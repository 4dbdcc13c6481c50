import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorOutline from '@mui/icons-material/ErrorOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import type { BulkOutcome } from '../hooks/use-bulk-decision';
import type { Decision } from '../hooks/use-decide-approval';

export interface BulkRun {
  decision: Decision;
  outcomes: BulkOutcome[];
  /** What each id was, captured when the run started: decided rows leave the queue. */
  labels: ReadonlyMap<string, string>;
}

const DONE: Readonly<Record<Decision, string>> = { approve: 'Approved', reject: 'Rejected' };

/** What a bulk decision did to each selected approval: done, or why not. */
export function BulkResults({ run, onDismiss }: { run: BulkRun; onDismiss: () => void }) {
  const succeeded = run.outcomes.filter((outcome) => outcome.ok).length;
  const failed = run.outcomes.length - succeeded;
  const verb = DONE[run.decision].toLowerCase();
  return (
    <Alert
      severity={failed === 0 ? 'success' : succeeded === 0 ? 'error' : 'warning'}
      onClose={onDismiss}
      role="status"
      aria-label="Bulk decision results"
    >
      <AlertTitle>
        {failed === 0
          ? `${succeeded} ${verb}`
          : `${succeeded} ${verb}, ${failed} could not be decided`}
      </AlertTitle>
      <List dense disablePadding aria-label="Result per request">
        {run.outcomes.map((outcome) => (
          <ListItem key={outcome.id} disableGutters>
            <ListItemIcon sx={{ minWidth: 32, color: 'inherit' }}>
              {outcome.ok ? <CheckCircle fontSize="small" /> : <ErrorOutline fontSize="small" />}
            </ListItemIcon>
            <ListItemText
              primary={`${run.labels.get(outcome.id) ?? outcome.id}: ${
                outcome.ok ? DONE[run.decision] : `Not decided — ${outcome.detail ?? 'refused'}`
              }`}
            />
          </ListItem>
        ))}
      </List>
    </Alert>
  );
}
