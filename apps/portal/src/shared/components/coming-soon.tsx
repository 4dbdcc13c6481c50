import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { EmptyState } from './empty-state';

/** The empty state of a page whose feature has not shipped yet: says what is coming. */
export function ComingSoon({
  icon,
  summary,
  features,
}: {
  icon: ReactNode;
  summary: string;
  features: readonly string[];
}) {
  const headingId = useId();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId}>
      <EmptyState icon={icon} title="Coming soon" headingId={headingId}>
        <Typography>{summary}</Typography>
        <List dense sx={{ display: 'inline-block', textAlign: 'left', mt: 1, pl: 3 }}>
          {features.map((feature) => (
            <ListItem key={feature} sx={{ display: 'list-item', listStyleType: 'disc', pl: 0 }}>
              <ListItemText primary={feature} />
            </ListItem>
          ))}
        </List>
      </EmptyState>
    </Paper>
  );
}
