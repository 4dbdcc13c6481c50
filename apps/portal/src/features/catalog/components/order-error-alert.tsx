import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import { problemMessage } from '../../../shared/problem-message';

/**
 * Why ordering failed, for what cannot be shown beside a field: the API's other field errors as a
 * list, else its message (a network failure, a problem without `errors`).
 */
export function OrderErrorAlert({ error, other }: { error: unknown; other: readonly string[] }) {
  return (
    <Alert severity="error">
      <AlertTitle>The request could not be submitted</AlertTitle>
      {other.length > 0 ? (
        <Box component="ul" sx={{ m: 0, pl: 2 }}>
          {other.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </Box>
      ) : (
        problemMessage(error)
      )}
    </Alert>
  );
}
