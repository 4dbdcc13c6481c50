import Add from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { PageHeader } from '../../../shared/components/page-header';
import { AdminSections } from '../components/admin-sections';
import { ApiTokensTable } from '../components/api-tokens-table';
import { CreateTokenDialog } from '../components/create-token-dialog';
import { RevokeTokenDialog } from '../components/revoke-token-dialog';
import { TokenSecretDialog } from '../components/token-secret-dialog';
import type { ApiToken, CreatedApiToken } from '../hooks/use-api-tokens';

export function ApiTokensPage() {
  const headingId = useId();
  const [creating, setCreating] = useState(false);
  // The new token with its secret, held only until the admin closes the dialog that shows it.
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  return (
    <>
      <PageHeader
        title="API tokens"
        description="Tokens let other systems call the Trellis API with the roles you give them."
        actions={
          <Button variant="contained" startIcon={<Add />} onClick={() => setCreating(true)}>
            New API token
          </Button>
        }
      />
      <AdminSections />
      <Paper variant="outlined" component="section" aria-labelledby={headingId}>
        <Typography id={headingId} variant="h2" sx={{ p: 2, pb: 1 }}>
          All API tokens
        </Typography>
        <ApiTokensTable labelledBy={headingId} onRevoke={setRevoking} />
      </Paper>
      {creating ? (
        <CreateTokenDialog
          onCancel={() => setCreating(false)}
          onCreated={(token) => {
            setCreating(false);
            setCreated(token);
          }}
        />
      ) : null}
      {created ? <TokenSecretDialog token={created} onDone={() => setCreated(null)} /> : null}
      {revoking ? <RevokeTokenDialog token={revoking} onClose={() => setRevoking(null)} /> : null}
    </>
  );
}
