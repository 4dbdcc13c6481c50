import Add from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { PageHeader } from '../../../shared/components/page-header';
import { AdminSections } from '../components/admin-sections';
import { CostCentreDialog } from '../components/cost-centre-dialog';
import { CostCentresTable } from '../components/cost-centres-table';
import type { CostCentre } from '../hooks/use-cost-centres';

export function CostCentresPage() {
  const headingId = useId();
  // `null` for a new cost centre; absent when no dialog is open.
  const [editing, setEditing] = useState<CostCentre | null | undefined>(undefined);
  return (
    <>
      <PageHeader
        title="Cost centres"
        description="Budgets that requests are charged to: committed once approved, spent once fulfilled."
        actions={
          <Button variant="contained" startIcon={<Add />} onClick={() => setEditing(null)}>
            New cost centre
          </Button>
        }
      />
      <AdminSections />
      <Paper variant="outlined" component="section" aria-labelledby={headingId}>
        <Typography id={headingId} variant="h2" sx={{ p: 2, pb: 1 }}>
          All cost centres
        </Typography>
        <CostCentresTable labelledBy={headingId} onEdit={setEditing} />
      </Paper>
      {editing !== undefined ? (
        <CostCentreDialog
          key={editing?.id ?? 'new'}
          costCentre={editing}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
    </>
  );
}
