import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** A page's one h1, its document title and a short line saying what the page is for. */
export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Box
      component="header"
      sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap', mb: 3 }}
    >
      <title>{`${title} · Trellis`}</title>
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>
        <Typography variant="h1" gutterBottom={Boolean(description)}>
          {title}
        </Typography>
        {description ? (
          <Typography color="text.secondary" sx={{ maxWidth: '70ch' }}>
            {description}
          </Typography>
        ) : null}
      </Box>
      {actions}
    </Box>
  );
}
