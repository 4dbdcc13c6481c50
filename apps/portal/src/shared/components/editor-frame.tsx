import ArrowBack from '@mui/icons-material/ArrowBack';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { PageHeader } from './page-header';
import { SaveProblemAlert } from './save-problem-alert';

export interface EditorFrameProps {
  /** Where "back" goes, and what it says ("All policies"). */
  back: { to: string; label: string };
  title: string;
  description?: ReactNode;
  /** The save button: its label ("Save policy"), action and whether a save is under way. */
  save: { label: string; onSave: () => void; pending: boolean };
  /** The last save's failure, if it failed, and what to call it ("The policy could not be saved"). */
  saveError: { error: unknown; title: string; onReload: () => void } | null;
  /** Turns an API problem path into words for the alert (default: the path). */
  describePath?: (path: string) => string;
  /** After a save was tried, whether fields are still marked as wrong. */
  showFixProblems: boolean;
  maxWidth: number;
  gap?: number;
  children: ReactNode;
}

/**
 * What every admin editor puts around its fields: the way back to the list, the page header with
 * the save button, why the last save failed, and the reminder that fields are still marked.
 */
export function EditorFrame({
  back,
  title,
  description,
  save,
  saveError,
  describePath,
  showFixProblems,
  maxWidth,
  gap = 3,
  children,
}: EditorFrameProps) {
  return (
    <>
      <Button
        component={RouterLink}
        to={back.to}
        startIcon={<ArrowBack />}
        size="small"
        sx={{ mb: 1 }}
      >
        {back.label}
      </Button>
      <PageHeader
        title={title}
        description={description}
        actions={
          <Button variant="contained" onClick={save.onSave} loading={save.pending}>
            {save.label}
          </Button>
        }
      />
      <Stack sx={{ gap, maxWidth }}>
        {saveError ? (
          <SaveProblemAlert
            describePath={describePath}
            title={saveError.title}
            error={saveError.error}
            onReload={saveError.onReload}
          />
        ) : null}
        {showFixProblems ? (
          <Alert severity="error">Fix the problems marked below, then save again.</Alert>
        ) : null}
        {children}
      </Stack>
    </>
  );
}
