import SearchOffOutlined from '@mui/icons-material/SearchOffOutlined';
import Button from '@mui/material/Button';
import { Link as RouterLink } from 'react-router-dom';
import { paths } from '../../../app/router/paths';
import { ErrorState } from '../components/error-state';

export function NotFoundPage() {
  return (
    <ErrorState
      icon={<SearchOffOutlined />}
      title="Page not found"
      actions={
        <Button variant="contained" component={RouterLink} to={paths.home}>
          Go to your start page
        </Button>
      }
    >
      There is nothing at this address. It may have moved, or the link may be mistyped.
    </ErrorState>
  );
}
