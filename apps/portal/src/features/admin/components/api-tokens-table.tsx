import KeyOutlined from '@mui/icons-material/KeyOutlined';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { EmptyState } from '../../../shared/components/empty-state';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { TableSkeletonRows } from '../../../shared/components/table-skeleton-rows';
import { formatDateTime } from '../../../shared/format';
import { ROLE_LABELS } from '../../../shared/role-labels';
import type { ApiToken } from '../hooks/use-api-tokens';
import { useApiTokens } from '../hooks/use-api-tokens';

const COLUMNS = ['Name', 'Token', 'Roles', 'Expires', 'Last used', 'Status', 'Actions'] as const;

function isExpired(token: ApiToken): boolean {
  return token.expiresAt !== null && new Date(token.expiresAt).getTime() <= Date.now();
}

function TokenStatus({ token }: { token: ApiToken }) {
  if (token.revokedAt) return <Chip size="small" variant="outlined" label="Revoked" />;
  if (isExpired(token)) return <Chip size="small" variant="outlined" label="Expired" />;
  return <Chip size="small" color="success" variant="outlined" label="Active" />;
}

export function ApiTokensTable({
  labelledBy,
  onRevoke,
}: {
  labelledBy: string;
  onRevoke: (token: ApiToken) => void;
}) {
  const tokens = useApiTokens();
  if (tokens.isError) {
    return (
      <QueryErrorAlert
        title="API tokens could not be loaded"
        error={tokens.error}
        onRetry={() => void tokens.refetch()}
      />
    );
  }
  if (tokens.isSuccess && tokens.data.length === 0) {
    return (
      <EmptyState icon={<KeyOutlined />} title="No API tokens yet" headingLevel="h3">
        Create one with New API token to let another system call Trellis.
      </EmptyState>
    );
  }
  return (
    <TableContainer>
      <Table aria-labelledby={labelledBy} aria-busy={tokens.isPending}>
        <TableHead>
          <TableRow>
            {COLUMNS.map((column) => (
              <TableCell key={column}>{column}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {tokens.isPending ? (
            <TableSkeletonRows columns={COLUMNS.length} />
          ) : (
            tokens.data.map((token) => (
              <TableRow key={token.id} hover>
                <TableCell component="th" scope="row">
                  {token.name}
                </TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{token.displayPrefix}…</TableCell>
                <TableCell>
                  <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
                    {token.roles.map((role) => (
                      <Chip key={role} size="small" label={ROLE_LABELS[role]} />
                    ))}
                  </Stack>
                </TableCell>
                <TableCell>{token.expiresAt ? formatDateTime(token.expiresAt) : 'Never'}</TableCell>
                <TableCell>
                  {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Never'}
                </TableCell>
                <TableCell>
                  <TokenStatus token={token} />
                </TableCell>
                <TableCell>
                  {token.revokedAt ? null : (
                    <Button
                      size="small"
                      color="error"
                      onClick={() => onRevoke(token)}
                      aria-label={`Revoke ${token.name}`}
                    >
                      Revoke
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
