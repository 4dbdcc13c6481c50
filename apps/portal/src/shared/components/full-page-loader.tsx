import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';

/** Shown while the session or a page's code loads. */
export function FullPageLoader({ label = 'Loading' }: { label?: string }) {
  return (
    <Box
      role="status"
      sx={{ display: 'grid', placeItems: 'center', minHeight: '50vh', width: '100%' }}
    >
      <CircularProgress aria-label={label} />
    </Box>
  );
}
