import NotificationsNone from '@mui/icons-material/NotificationsNone';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Skeleton from '@mui/material/Skeleton';
import { EmptyState } from '../../../shared/components/empty-state';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { visuallyHidden } from '../../../shared/visually-hidden';
import type { Notification } from '../hooks/use-notifications';
import { timeAgo } from '../time-ago';

/** The newest notifications; unread ones are marked (in words too, not only by weight). */
export function NotificationList({
  items,
  isPending,
  error,
  onRetry,
  onOpen,
}: {
  items: Notification[] | undefined;
  isPending: boolean;
  error: unknown;
  onRetry: () => void;
  onOpen: (notification: Notification) => void;
}) {
  if (error) {
    return (
      <Box sx={{ p: 2 }}>
        <QueryErrorAlert
          title="Notifications could not be loaded"
          error={error}
          onRetry={onRetry}
        />
      </Box>
    );
  }
  if (isPending || !items) {
    return (
      <Box aria-busy="true" aria-label="Loading notifications" sx={{ px: 2, py: 1 }}>
        {[0, 1, 2].map((i) => (
          <Box key={i} sx={{ py: 1 }}>
            <Skeleton variant="text" width="70%" />
            <Skeleton variant="text" width="90%" />
          </Box>
        ))}
      </Box>
    );
  }
  if (items.length === 0) {
    return (
      <EmptyState icon={<NotificationsNone />} title="You're all caught up" headingLevel="h3">
        News about your requests, approvals and tasks will appear here.
      </EmptyState>
    );
  }
  return (
    <List
      aria-label="Recent notifications"
      disablePadding
      sx={{ maxHeight: 420, overflow: 'auto' }}
    >
      {items.map((notification) => {
        const unread = notification.readAt === null;
        return (
          <ListItem key={notification.id} disablePadding divider>
            <ListItemButton
              onClick={() => onOpen(notification)}
              sx={{ alignItems: 'flex-start', gap: 1.5, py: 1.25 }}
            >
              <Box
                aria-hidden
                sx={{
                  mt: 0.9,
                  width: 8,
                  height: 8,
                  flexShrink: 0,
                  borderRadius: '50%',
                  bgcolor: unread ? 'primary.main' : 'transparent',
                }}
              />
              <ListItemText
                primary={
                  <>
                    {unread ? (
                      <Box component="span" sx={visuallyHidden}>
                        Unread:{' '}
                      </Box>
                    ) : null}
                    {notification.title}
                  </>
                }
                secondary={
                  <>
                    <Box component="span" sx={{ display: 'block' }}>
                      {notification.body}
                    </Box>
                    <Box
                      component="time"
                      dateTime={notification.createdAt}
                      sx={{ fontSize: '0.75rem' }}
                    >
                      {timeAgo(notification.createdAt)}
                    </Box>
                  </>
                }
                slotProps={{ primary: { sx: { fontWeight: unread ? 600 : 400 } } }}
              />
            </ListItemButton>
          </ListItem>
        );
      })}
    </List>
  );
}
