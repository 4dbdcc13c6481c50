import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import DragIndicator from '@mui/icons-material/DragIndicator';
import EditOutlined from '@mui/icons-material/EditOutlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { FIELD_TYPE_LABELS } from '../form-builder-schema';
import type { BuilderField } from '../item-draft';
import { FormFieldEditor } from './form-field-editor';

/** One field of the builder: a summary row with its actions, and its settings when expanded. */
export function SortableFieldCard({
  field,
  index,
  count,
  expanded,
  problems,
  onToggle,
  onChange,
  onMove,
  onRemove,
}: {
  field: BuilderField;
  index: number;
  count: number;
  expanded: boolean;
  problems: string[];
  onToggle: () => void;
  onChange: (field: BuilderField) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { setNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id: field.id,
  });
  const name = field.label.trim() || `field ${index + 1}`;
  return (
    <Paper
      component="li"
      variant="outlined"
      ref={setNodeRef}
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
      }}
      sx={{
        p: 1.5,
        borderColor: problems.length > 0 ? 'error.main' : undefined,
        opacity: isDragging ? 0.6 : 1,
      }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
        <IconButton
          size="small"
          aria-label={`Drag to reorder ${name}`}
          sx={{ cursor: 'grab', touchAction: 'none' }}
          {...attributes}
          {...listeners}
        >
          <DragIndicator fontSize="small" />
        </IconButton>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Typography noWrap sx={{ fontWeight: 500 }}>
            {field.label.trim() || 'Untitled field'}
            {field.required ? (
              <Box component="span" aria-label="required" sx={{ color: 'error.main', ml: 0.5 }}>
                *
              </Box>
            ) : null}
          </Typography>
          <Typography variant="body2" color="text.secondary" noWrap>
            {field.key}
          </Typography>
        </Box>
        <Chip size="small" label={FIELD_TYPE_LABELS[field.type]} />
        <Tooltip title="Move up">
          <span>
            <IconButton
              size="small"
              aria-label={`Move ${name} up`}
              disabled={index === 0}
              onClick={() => onMove(-1)}
            >
              <ArrowUpward fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
        <Tooltip title="Move down">
          <span>
            <IconButton
              size="small"
              aria-label={`Move ${name} down`}
              disabled={index === count - 1}
              onClick={() => onMove(1)}
            >
              <ArrowDownward fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
        <IconButton
          size="small"
          aria-label={`Edit ${name}`}
          aria-expanded={expanded}
          onClick={onToggle}
        >
          <EditOutlined fontSize="small" />
        </IconButton>
        <IconButton size="small" aria-label={`Remove ${name}`} onClick={onRemove}>
          <DeleteOutline fontSize="small" />
        </IconButton>
      </Stack>
      {expanded || problems.length > 0 ? (
        expanded ? (
          <FormFieldEditor field={field} problems={problems} onChange={onChange} />
        ) : (
          <Typography variant="body2" color="error" sx={{ mt: 1 }}>
            {problems.join(' ')}
          </Typography>
        )
      ) : null}
    </Paper>
  );
}
