import AttachFile from '@mui/icons-material/AttachFile';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';

/** A file the requester chose, keyed so two files of the same name stay apart. */
export interface ChosenFile {
  key: string;
  file: File;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Files to attach once the draft exists: choose several, remove any before ordering. */
export function AttachmentPicker({
  files,
  onChange,
  disabled,
}: {
  files: readonly ChosenFile[];
  onChange: (files: ChosenFile[]) => void;
  disabled?: boolean;
}) {
  return (
    <Box>
      <Button component="label" variant="outlined" startIcon={<AttachFile />} disabled={disabled}>
        Add files
        <input
          type="file"
          hidden
          multiple
          onChange={(event) => {
            const chosen = Array.from(event.target.files ?? []);
            // Cleared so that choosing the same file again (after removing it) adds it again.
            event.target.value = '';
            onChange([...files, ...chosen.map((file) => ({ key: crypto.randomUUID(), file }))]);
          }}
        />
      </Button>
      {files.length > 0 ? (
        <List dense disablePadding aria-label="Files to attach" sx={{ maxWidth: 480 }}>
          {files.map(({ key, file }) => (
            <ListItem
              key={key}
              disableGutters
              divider
              secondaryAction={
                <IconButton
                  aria-label={`Remove ${file.name}`}
                  disabled={disabled}
                  onClick={() => onChange(files.filter((chosen) => chosen.key !== key))}
                >
                  <DeleteOutline />
                </IconButton>
              }
            >
              <ListItemText primary={file.name} secondary={formatSize(file.size)} />
            </ListItem>
          ))}
        </List>
      ) : null}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        Optional. PDF, images, Office documents, text or CSV; uploaded when you save or submit.
      </Typography>
    </Box>
  );
}
