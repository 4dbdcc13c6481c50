import AttachFileOutlined from '@mui/icons-material/AttachFileOutlined';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Download from '@mui/icons-material/Download';
import UploadFile from '@mui/icons-material/UploadFile';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { QueryErrorAlert } from '../../../shared/components/query-error-alert';
import { formatDateTime } from '../../../shared/format';
import { useActionFeedback } from '../hooks/use-action-feedback';
import { useDeleteAttachment, useDownloadAttachment } from '../hooks/use-attachment-file';
import type { Attachment } from '../hooks/use-request-attachments';
import { useRequestAttachments } from '../hooks/use-request-attachments';
import { useUploadAttachment } from '../hooks/use-upload-attachment';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function UploadButton({ requestId, reload }: { requestId: string; reload: () => void }) {
  const progressId = useId();
  const upload = useUploadAttachment(requestId);
  const feedback = useActionFeedback(reload);
  const percent = Math.round(upload.progress * 100);
  return (
    <Box sx={{ mt: 2 }}>
      <Button
        component="label"
        variant="outlined"
        startIcon={<UploadFile />}
        disabled={upload.isPending}
      >
        Attach a file
        <input
          type="file"
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that choosing the same file again uploads it again.
            event.target.value = '';
            if (!file) return;
            upload.mutate(file, {
              onSuccess: (attachment) => feedback.succeeded(`${attachment.fileName} attached`),
              onError: feedback.failed,
            });
          }}
        />
      </Button>
      {upload.isPending ? (
        <Box sx={{ mt: 1 }}>
          <Typography id={progressId} variant="body2">
            {`Uploading… ${percent}%`}
          </Typography>
          <LinearProgress variant="determinate" value={percent} aria-labelledby={progressId} />
        </Box>
      ) : null}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        PDF, images, Office documents, text or CSV.
      </Typography>
    </Box>
  );
}

function AttachmentRow({ attachment, reload }: { attachment: Attachment; reload: () => void }) {
  const download = useDownloadAttachment();
  const remove = useDeleteAttachment();
  const feedback = useActionFeedback(reload);
  return (
    <ListItem
      disableGutters
      divider
      secondaryAction={
        <Stack direction="row">
          <IconButton
            aria-label={`Download ${attachment.fileName}`}
            loading={download.isPending}
            onClick={() => download.mutate(attachment, { onError: feedback.failed })}
          >
            <Download />
          </IconButton>
          {attachment.canDelete ? (
            <IconButton
              aria-label={`Remove ${attachment.fileName}`}
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(attachment, {
                  onSuccess: () => feedback.succeeded(`${attachment.fileName} removed`),
                  onError: feedback.failed,
                })
              }
            >
              <DeleteOutline />
            </IconButton>
          ) : null}
        </Stack>
      }
      sx={{ pr: 12 }}
    >
      <ListItemText
        primary={attachment.fileName}
        secondary={
          <>
            {`${formatBytes(attachment.sizeBytes)} · ${attachment.uploaderName} · `}
            <time dateTime={attachment.createdAt}>{formatDateTime(attachment.createdAt)}</time>
          </>
        }
      />
    </ListItem>
  );
}

/** The request's files: download, remove your own, attach more (with upload progress). */
export function RequestAttachments({
  requestId,
  reload,
}: {
  requestId: string;
  reload: () => void;
}) {
  const attachments = useRequestAttachments(requestId);
  let list;
  if (attachments.isError) {
    list = (
      <QueryErrorAlert
        title="Attachments could not be loaded"
        error={attachments.error}
        onRetry={() => void attachments.refetch()}
      />
    );
  } else if (attachments.isPending) {
    list = (
      <Box aria-hidden>
        <Skeleton variant="text" />
        <Skeleton variant="text" width="60%" />
      </Box>
    );
  } else if (attachments.data.length === 0) {
    list = (
      <Stack direction="row" sx={{ gap: 1, color: 'text.secondary', alignItems: 'center' }}>
        <AttachFileOutlined aria-hidden />
        <Typography>No files attached.</Typography>
      </Stack>
    );
  } else {
    list = (
      <>
        <List dense disablePadding aria-label="Attached files">
          {attachments.data.map((attachment) => (
            <AttachmentRow key={attachment.id} attachment={attachment} reload={reload} />
          ))}
        </List>
        {attachments.hasNextPage ? (
          <Button
            onClick={() => void attachments.fetchNextPage()}
            loading={attachments.isFetchingNextPage}
          >
            Load more files
          </Button>
        ) : null}
      </>
    );
  }
  return (
    <>
      {list}
      <UploadButton requestId={requestId} reload={reload} />
    </>
  );
}
