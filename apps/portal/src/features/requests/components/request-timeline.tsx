import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { formatDateTime } from '../../../shared/format';
import type { ServiceRequest } from '../hooks/use-request';

/** Everything that happened to the request, oldest first. */
export function RequestTimeline({ request }: { request: ServiceRequest }) {
  if (request.timeline.length === 0) {
    return <Typography color="text.secondary">Nothing has happened yet.</Typography>;
  }
  return (
    <List component="ol" dense disablePadding aria-label="Activity">
      {request.timeline.map((entry) => (
        <ListItem
          key={entry.id}
          disableGutters
          sx={{ borderLeft: 2, borderColor: 'divider', pl: 2, ml: 0.5 }}
        >
          <ListItemText
            primary={entry.summary}
            secondary={
              <>
                <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
                {entry.actorName ? ` · ${entry.actorName}` : ' · Trellis'}
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}
