import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { can } from '@trellis/domain';
import { useState } from 'react';
import { formatDateTime } from '../../../shared/format';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { useActionFeedback } from '../hooks/use-action-feedback';
import { useAddComment } from '../hooks/use-add-comment';
import type { ServiceRequest } from '../hooks/use-request';

function CommentForm({ requestId, reload }: { requestId: string; reload: () => void }) {
  const { roles } = useCurrentUser();
  // Internal notes are for agents and admins; the API refuses them from anyone else.
  const mayWriteInternal = can(roles, 'requests:work');
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [touched, setTouched] = useState(false);
  // One key per comment written: a retry after a lost answer does not post it twice.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const add = useAddComment(requestId);
  const feedback = useActionFeedback(reload);
  const empty = body.trim() === '';

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTouched(true);
        if (empty) return;
        add.mutate(
          { body: body.trim(), visibility: internal ? 'internal' : 'public', idempotencyKey },
          {
            onSuccess: () => {
              setBody('');
              setTouched(false);
              setIdempotencyKey(crypto.randomUUID());
              feedback.succeeded(internal ? 'Internal note added' : 'Comment posted');
            },
            onError: feedback.failed,
          },
        );
      }}
      sx={{ mt: 2 }}
    >
      <TextField
        label="Add a comment"
        multiline
        minRows={2}
        fullWidth
        value={body}
        onChange={(event) => {
          setBody(event.target.value);
          setTouched(false);
        }}
        error={touched && empty}
        helperText={touched && empty ? 'Write something first.' : undefined}
      />
      <Stack direction="row" sx={{ mt: 1, gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button type="submit" variant="contained" loading={add.isPending}>
          Post comment
        </Button>
        {mayWriteInternal ? (
          <FormControlLabel
            control={
              <Switch checked={internal} onChange={(event) => setInternal(event.target.checked)} />
            }
            label="Internal (agents only)"
          />
        ) : null}
      </Stack>
    </Box>
  );
}

/** The conversation on the request; internal notes show only to agents and admins. */
export function RequestComments({
  request,
  reload,
}: {
  request: ServiceRequest;
  reload: () => void;
}) {
  return (
    <>
      {request.comments.length === 0 ? (
        <Typography color="text.secondary">No comments yet.</Typography>
      ) : (
        <List dense disablePadding aria-label="Comments">
          {request.comments.map((comment) => (
            <ListItem key={comment.id} disableGutters divider sx={{ display: 'block' }}>
              <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                <Typography component="span" sx={{ fontWeight: 500 }}>
                  {comment.authorName}
                </Typography>
                <Typography component="span" variant="body2" color="text.secondary">
                  <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
                </Typography>
                {comment.visibility === 'internal' ? (
                  <Chip size="small" variant="outlined" label="Internal" />
                ) : null}
              </Stack>
              <Typography sx={{ whiteSpace: 'pre-wrap', mt: 0.5 }}>{comment.body}</Typography>
            </ListItem>
          ))}
        </List>
      )}
      <CommentForm requestId={request.id} reload={reload} />
    </>
  );
}
