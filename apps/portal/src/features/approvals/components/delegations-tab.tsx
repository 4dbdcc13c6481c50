import EventBusyOutlined from '@mui/icons-material/EventBusyOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { formatDateTime } from '../../../shared/format';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { useActionFeedback } from '../../requests/hooks/use-action-feedback';
import type { Delegation } from '../hooks/use-delegations';
import { useDelegations, useRevokeDelegation } from '../hooks/use-delegations';
import { DelegationForm } from './delegation-form';

/** Not revoked and not over: the delegations that route, or will route, approvals. */
export function isCurrent(delegation: Delegation, now: Date): boolean {
  return delegation.revokedAt === null && new Date(delegation.endsAt) > now;
}

function Window({ delegation }: { delegation: Delegation }) {
  return (
    <>
      <time dateTime={delegation.startsAt}>{formatDateTime(delegation.startsAt)}</time>
      {' to '}
      <time dateTime={delegation.endsAt}>{formatDateTime(delegation.endsAt)}</time>
    </>
  );
}

function GivenDelegation({ delegation }: { delegation: Delegation }) {
  const revoke = useRevokeDelegation();
  const feedback = useActionFeedback(() => undefined);
  return (
    <ListItem
      disableGutters
      divider
      secondaryAction={
        <Button
          color="error"
          loading={revoke.isPending}
          aria-label={`Remove the delegation to ${delegation.delegateName}`}
          onClick={() =>
            revoke.mutate(delegation, {
              onSuccess: () => feedback.succeeded('Delegation removed'),
              onError: feedback.failed,
            })
          }
        >
          Remove
        </Button>
      }
      sx={{ pr: 12 }}
    >
      <ListItemText
        primary={`${delegation.delegateName} decides for you`}
        secondary={<Window delegation={delegation} />}
      />
    </ListItem>
  );
}

/** Set a delegation, see the current ones (given and received), remove your own. */
export function DelegationsTab() {
  const me = useCurrentUser();
  const delegations = useDelegations();
  const givenId = useId();
  const receivedId = useId();
  const now = new Date();
  const current = (delegations.data ?? []).filter((d) => isCurrent(d, now));
  const given = current.filter((d) => d.delegatorId === me.id);
  const received = current.filter((d) => d.delegateId === me.id);

  let lists;
  if (delegations.isError) {
    lists = (
      <QueryErrorAlert
        title="Your delegations could not be loaded"
        error={delegations.error}
        onRetry={() => void delegations.refetch()}
      />
    );
  } else if (delegations.isPending) {
    lists = (
      <Box aria-hidden>
        <Skeleton variant="text" />
        <Skeleton variant="text" width="60%" />
      </Box>
    );
  } else {
    lists = (
      <Stack sx={{ gap: 2 }}>
        <section aria-labelledby={givenId}>
          <Typography id={givenId} component="h3" variant="h6">
            Your delegations
          </Typography>
          {given.length === 0 ? (
            <Stack direction="row" sx={{ gap: 1, color: 'text.secondary', mt: 1 }}>
              <EventBusyOutlined aria-hidden />
              <Typography>
                No delegation set. Going away? Set one above and new approvals go to your delegate
                meanwhile.
              </Typography>
            </Stack>
          ) : (
            <List dense aria-labelledby={givenId}>
              {given.map((delegation) => (
                <GivenDelegation key={delegation.id} delegation={delegation} />
              ))}
            </List>
          )}
        </section>
        {received.length > 0 ? (
          <section aria-labelledby={receivedId}>
            <Typography id={receivedId} component="h3" variant="h6">
              You decide for
            </Typography>
            <List dense aria-labelledby={receivedId}>
              {received.map((delegation) => (
                <ListItem key={delegation.id} disableGutters divider>
                  <ListItemText
                    primary={delegation.delegatorName}
                    secondary={<Window delegation={delegation} />}
                  />
                </ListItem>
              ))}
            </List>
          </section>
        ) : null}
      </Stack>
    );
  }
  return (
    <Stack sx={{ p: 2, gap: 3 }}>
      <Typography color="text.secondary">
        While a delegation runs, new approvals for you go to your delegate; the record keeps who was
        asked and who decided.
      </Typography>
      <DelegationForm />
      {lists}
    </Stack>
  );
}
