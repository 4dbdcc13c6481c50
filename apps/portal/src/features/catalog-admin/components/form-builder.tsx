import type { DragEndEvent } from '@dnd-kit/core';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  arrayMove,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { FieldType } from '../form-builder-schema';
import { fieldProblems, newField } from '../form-builder-fields';
import { FIELD_TYPES, FIELD_TYPE_LABELS } from '../form-builder-schema';
import type { BuilderField } from '../item-draft';
import { localId, withoutId } from '../item-draft';
import { SortableFieldCard } from './sortable-field-card';

/**
 * The form builder: the item's questions in order. Fields are reordered by dragging their handle
 * (pointer, or keyboard: space, arrows, space) or with the up/down buttons.
 */
export function FormBuilder({
  fields,
  onChange,
}: {
  fields: BuilderField[];
  onChange: (fields: BuilderField[]) => void;
}) {
  const [addAnchor, setAddAnchor] = useState<HTMLElement | null>(null);
  const [expanded, setExpanded] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const problems = fieldProblems(fields.map(withoutId));

  const move = (from: number, to: number) => {
    if (to < 0 || to >= fields.length) return;
    onChange(arrayMove(fields, from, to));
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    move(
      fields.findIndex((field) => field.id === active.id),
      fields.findIndex((field) => field.id === over.id),
    );
  };
  const add = (type: FieldType) => {
    const field = { ...newField(type, fields.map(withoutId)), id: localId('field') };
    onChange([...fields, field]);
    setExpanded(field.id);
    setAddAnchor(null);
  };

  return (
    <Stack sx={{ gap: 1.5 }}>
      {fields.length === 0 ? (
        <Typography color="text.secondary">
          No questions yet. Add the fields requesters fill in when they order this item.
        </Typography>
      ) : null}
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={fields.map((f) => f.id)} strategy={verticalListSortingStrategy}>
          <Stack
            component="ol"
            aria-label="Form fields"
            sx={{ gap: 1.5, m: 0, p: 0, listStyle: 'none' }}
          >
            {fields.map((field, index) => (
              <SortableFieldCard
                key={field.id}
                field={field}
                index={index}
                count={fields.length}
                expanded={expanded === field.id}
                problems={problems.filter((p) => p.index === index).map((p) => p.message)}
                onToggle={() => setExpanded(expanded === field.id ? null : field.id)}
                onChange={(next) => onChange(fields.map((f) => (f.id === field.id ? next : f)))}
                onMove={(offset) => move(index, index + offset)}
                onRemove={() => onChange(fields.filter((f) => f.id !== field.id))}
              />
            ))}
          </Stack>
        </SortableContext>
      </DndContext>
      <div>
        <Button
          startIcon={<AddIcon />}
          variant="outlined"
          aria-haspopup="menu"
          onClick={(event) => setAddAnchor(event.currentTarget)}
        >
          Add field
        </Button>
        <Menu anchorEl={addAnchor} open={addAnchor !== null} onClose={() => setAddAnchor(null)}>
          {FIELD_TYPES.map((type) => (
            <MenuItem key={type} onClick={() => add(type)}>
              {FIELD_TYPE_LABELS[type]}
            </MenuItem>
          ))}
        </Menu>
      </div>
    </Stack>
  );
}
