import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** A calm, centred message for "nothing here (yet)". */
export function EmptyState({
  icon,
  title,
  children,
  headingLevel = 'h2',
  headingId,
}: {
  icon?: ReactNode;
  title: string;
  children?: ReactNode;
  headingLevel?: 'h2' | 'h3';
  headingId?: string;
}) {
  return (
    <Box sx={{ textAlign: 'center', py: 6, px: 2, color: 'text.secondary' }}>
      {icon ? (
        <Box aria-hidden sx={{ '& svg': { fontSize: 48 }, color: 'action.active', mb: 1 }}>
          {icon}
        </Box>
      ) : null}
      <Typography
        id={headingId}
        component={headingLevel}
        variant="h6"
        color="text.primary"
        gutterBottom
      >
        {title}
      </Typography>
      {children ? <Box sx={{ maxWidth: '60ch', mx: 'auto' }}>{children}</Box> : null}
    </Box>
  );
}
