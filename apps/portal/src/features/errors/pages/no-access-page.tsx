import LockOutlined from '@mui/icons-material/LockOutlined';
import Button from '@mui/material/Button';
import type { Permission } from '@trellis/domain';
import { Link as RouterLink } from 'react-router-dom';
import { paths } from '../../../app/router/paths';
import { ErrorState } from '../components/error-state';

/** The friendly 403: the page exists, but the person's roles do not reach it. */
export function NoAccessPage({ permission }: { permission: Permission }) {
  return (
    <ErrorState
      icon={<LockOutlined />}
      title="You don't have access to this page"
      actions={
        <Button variant="contained" component={RouterLink} to={paths.home}>
          Go to your start page
        </Button>
      }
    >
      This page needs the <code>{permission}</code> permission, which none of your roles grant. If
      you need it for your work, ask one of your organisation&apos;s Trellis administrators.
    </ErrorState>
  );
}
