import NotificationsOutlined from '@mui/icons-material/NotificationsOutlined';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import Popover from '@mui/material/Popover';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { enqueueSnackbar } from 'notistack';
import { useId, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { paths } from '../../../app/router/paths';
import { problemMessage } from '../../../shared/problem-message';
import type { Notification } from '../hooks/use-notifications';
import { useNotifications, useUnreadCount } from '../hooks/use-notifications';
import { useMarkAllRead, useMarkRead } from '../hooks/use-mark-read';
import { useNotificationStream } from '../hooks/use-notification-stream';
import { NotificationList } from './notification-list';

/** "3 unread", "1,000+ unread" (the API stops counting at 1,000). */
export function unreadLabel(count: number, capped: boolean): string {
  return `${count.toLocaleString('en')}${capped ? '+' : ''} unread`;
}

/**
 * The app bar's bell: the unread count, kept live by the notification stream, and a popover
 * with the newest notifications. Opening one marks it read and goes to what it is about.
 */
export function NotificationBell() {
  useNotificationStream();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const open = anchor !== null;
  const popoverId = useId();
  const headingId = useId();
  const unread = useUnreadCount();
  const list = useNotifications(open);
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const count = unread.data?.count ?? 0;
  const label =
    count > 0
      ? `Notifications, ${unreadLabel(count, unread.data?.capped ?? false)}`
      : 'Notifications';

  const openNotification = (notification: Notification) => {
    setAnchor(null);
    if (notification.readAt === null) markRead.mutate(notification.id);
    if (notification.link) void navigate(notification.link);
  };

  return (
    <>
      <Tooltip title="Notifications">
        <IconButton
          color="inherit"
          aria-label={label}
          aria-haspopup="dialog"
          aria-expanded={open}
          aria-controls={open ? popoverId : undefined}
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          <Badge
            badgeContent={count}
            max={99}
            overlap="circular"
            // A fixed dark red: the theme's error colour is too light behind white text in dark
            // mode (WCAG AA needs 4.5:1 for the badge's small digits).
            sx={{ '& .MuiBadge-badge': { bgcolor: '#b71c1c', color: '#fff' } }}
          >
            <NotificationsOutlined />
          </Badge>
        </IconButton>
      </Tooltip>
      <Popover
        id={popoverId}
        open={open}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{
          paper: {
            role: 'dialog',
            'aria-labelledby': headingId,
            sx: { width: { xs: 'calc(100vw - 32px)', sm: 400 }, maxWidth: 400, mt: 1 },
          },
        }}
      >
        <Box sx={{ display: 'flex', alignItems: 'center', px: 2, py: 1.5, gap: 1 }}>
          <Typography id={headingId} component="h2" variant="h6" sx={{ flexGrow: 1 }}>
            Notifications
          </Typography>
          <Button
            size="small"
            disabled={count === 0}
            loading={markAllRead.isPending}
            onClick={() =>
              markAllRead.mutate(undefined, {
                onError: (error) =>
                  enqueueSnackbar(`Could not mark them read: ${problemMessage(error)}`, {
                    variant: 'error',
                  }),
              })
            }
          >
            Mark all read
          </Button>
        </Box>
        <Divider />
        <NotificationList
          items={list.data}
          isPending={list.isPending}
          error={list.error}
          onRetry={() => void list.refetch()}
          onOpen={openNotification}
        />
        <Divider />
        <Box sx={{ px: 2, py: 1 }}>
          <Button
            size="small"
            component={RouterLink}
            to={paths.notificationPreferences}
            onClick={() => setAnchor(null)}
          >
            Notification settings
          </Button>
        </Box>
      </Popover>
    </>
  );
}
