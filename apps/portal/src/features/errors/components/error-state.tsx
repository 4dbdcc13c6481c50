import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** A whole-page explanation of why there is nothing to show here, with a way onward. */
export function ErrorState({
  icon,
  title,
  children,
  actions,
}: {
  icon: ReactNode;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Box sx={{ textAlign: 'center', py: { xs: 6, md: 10 }, px: 2 }}>
      <title>{`${title} · Trellis`}</title>
      <Box aria-hidden sx={{ color: 'text.secondary', '& svg': { fontSize: 64 }, mb: 2 }}>
        {icon}
      </Box>
      <Typography variant="h1" gutterBottom>
        {title}
      </Typography>
      <Typography color="text.secondary" sx={{ maxWidth: '60ch', mx: 'auto', mb: 3 }}>
        {children}
      </Typography>
      {actions ? (
        <Stack direction="row" spacing={2} sx={{ justifyContent: 'center' }}>
          {actions}
        </Stack>
      ) : null}
    </Box>
  );
}
