import AddIcon from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { findDependencyProblems } from '@trellis/domain';
import { useState } from 'react';
import { useTeamOptions } from '../hooks/use-directory';
import type { TemplateDraft } from '../item-draft';
import { localId } from '../item-draft';

const slug = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);

function newTemplate(existing: readonly TemplateDraft[]): TemplateDraft {
  const taken = new Set(existing.map((t) => t.key));
  let n = existing.length + 1;
  while (taken.has(`task-${n}`)) n += 1;
  return {
    id: localId('task'),
    key: `task-${n}`,
    title: '',
    description: '',
    teamId: null,
    estimateMinutes: '',
    checklist: [],
    dependsOn: [],
  };
}

/** The checklist as typed, one item per line (blank lines are dropped when saving). */
function ChecklistField({
  template,
  onChange,
}: {
  template: TemplateDraft;
  onChange: (t: TemplateDraft) => void;
}) {
  const [text, setText] = useState(template.checklist.join('\n'));
  return (
    <TextField
      label="Checklist"
      multiline
      minRows={2}
      value={text}
      helperText="One step per line."
      onChange={(event) => {
        setText(event.target.value);
        onChange({ ...template, checklist: event.target.value.split('\n') });
      }}
    />
  );
}

/**
 * The fulfilment steps that become tasks once a request is approved. Dependencies are checked as
 * they are chosen with the same rules the API applies on save (findDependencyProblems), so a
 * cycle is shown where it is made.
 */
export function TasksTab({
  templates,
  onChange,
}: {
  templates: TemplateDraft[];
  onChange: (templates: TemplateDraft[]) => void;
}) {
  const teams = useTeamOptions();
  const problems = findDependencyProblems(
    templates.map((t) => ({ key: t.key, dependsOn: t.dependsOn })),
    '',
  );
  const problemsOf = (index: number) =>
    problems.filter((p) => p.path.split('/')[1] === String(index)).map((p) => p.message);
  // A renamed key is renamed in the dependencies that name it too.
  const update = (id: string, next: TemplateDraft) => {
    const before = templates.find((t) => t.id === id)?.key;
    onChange(
      templates.map((t) =>
        t.id === id
          ? next
          : before !== undefined && before !== next.key
            ? { ...t, dependsOn: t.dependsOn.map((key) => (key === before ? next.key : key)) }
            : t,
      ),
    );
  };

  return (
    <Stack sx={{ gap: 2, maxWidth: 880 }}>
      {templates.length === 0 ? (
        <Alert severity="info">
          An item needs at least one task before it can be published: the tasks are how a request
          gets fulfilled.
        </Alert>
      ) : null}
      {templates.map((template, index) => {
        const own = problemsOf(index);
        const keyFollowsTitle =
          template.key === slug(template.title) || /^task-\d+$/.test(template.key);
        const others = templates.filter((t) => t.id !== template.id);
        const name = template.title.trim() || `task ${index + 1}`;
        return (
          <Paper
            key={template.id}
            variant="outlined"
            component="section"
            aria-label={`Task ${index + 1}`}
            sx={{ p: 2, borderColor: own.length > 0 ? 'error.main' : undefined }}
          >
            <Stack sx={{ gap: 2 }}>
              <Stack direction="row" sx={{ alignItems: 'center' }}>
                <Typography variant="subtitle1" component="h3" sx={{ flexGrow: 1 }}>
                  Task {index + 1}
                </Typography>
                <IconButton
                  aria-label={`Remove ${name}`}
                  onClick={() =>
                    onChange(
                      templates
                        .filter((t) => t.id !== template.id)
                        .map((t) => ({
                          ...t,
                          dependsOn: t.dependsOn.filter((key) => key !== template.key),
                        })),
                    )
                  }
                >
                  <DeleteOutlined />
                </IconButton>
              </Stack>
              <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
                <TextField
                  label="Title"
                  required
                  fullWidth
                  value={template.title}
                  onChange={(event) => {
                    const title = event.target.value;
                    update(template.id, {
                      ...template,
                      title,
                      key: keyFollowsTitle && slug(title) !== '' ? slug(title) : template.key,
                    });
                  }}
                />
                <TextField
                  label="Key"
                  value={template.key}
                  helperText="Names this task in dependencies."
                  onChange={(event) =>
                    update(template.id, { ...template, key: event.target.value.trim() })
                  }
                />
              </Stack>
              <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
                <TextField
                  select
                  fullWidth
                  label="Team"
                  value={teams.data ? (template.teamId ?? '') : ''}
                  onChange={(event) =>
                    update(template.id, { ...template, teamId: event.target.value || null })
                  }
                  helperText="Empty: the item's support team."
                >
                  <MenuItem value="">
                    <em>The item&apos;s support team</em>
                  </MenuItem>
                  {(teams.data ?? []).map((team) => (
                    <MenuItem key={team.id} value={team.id}>
                      {team.name}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField
                  label="Estimate (minutes)"
                  type="number"
                  value={template.estimateMinutes}
                  slotProps={{ htmlInput: { min: 0 } }}
                  onChange={(event) =>
                    update(template.id, { ...template, estimateMinutes: event.target.value })
                  }
                  sx={{ minWidth: 200 }}
                />
              </Stack>
              <ChecklistField template={template} onChange={(next) => update(template.id, next)} />
              <Autocomplete
                multiple
                options={others.map((t) => t.key)}
                value={template.dependsOn}
                getOptionLabel={(key) => {
                  const other = others.find((t) => t.key === key);
                  return other?.title ? `${other.title} (${key})` : key;
                }}
                onChange={(_, dependsOn) => update(template.id, { ...template, dependsOn })}
                renderInput={(params) => (
                  <TextField
                    {...params}
                    label="Waits for"
                    helperText="Tasks that must be done first."
                  />
                )}
              />
              {own.length > 0 ? (
                <Alert severity="error" role="alert">
                  {own.join(' ')}
                </Alert>
              ) : null}
            </Stack>
          </Paper>
        );
      })}
      <div>
        <Button
          variant="outlined"
          startIcon={<AddIcon />}
          onClick={() => onChange([...templates, newTemplate(templates)])}
        >
          Add task
        </Button>
      </div>
    </Stack>
  );
}
