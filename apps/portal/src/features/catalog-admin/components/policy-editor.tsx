import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Schemas } from '@trellis/api-client';
import { validatePolicyLevels } from '@trellis/domain';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { approvalPolicyPath, paths } from '../../../app/router/paths';
import { EditorFrame } from '../../../shared/components/editor-frame';
import { useSaveApprovalPolicy } from '../hooks/use-save-approval-policy';
import type { PolicyDraft } from '../policy-draft';
import { asDomainLevels, draftToLevels, newLevel, policyToDraft } from '../policy-draft';
import { ApprovalLevelEditor } from './approval-level-editor';

type Policy = Schemas['ApprovalPolicyDto'];

/**
 * Name, description and ordered levels of a policy. Levels are checked as they are edited with
 * the rules the API applies on save (validatePolicyLevels), so problems show where they are.
 */
export function PolicyEditor({
  policy,
  onReload,
}: {
  policy: Policy | null;
  onReload: () => void;
}) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<PolicyDraft>(() => policyToDraft(policy));
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [attempted, setAttempted] = useState(false);
  const save = useSaveApprovalPolicy();
  const levels = draftToLevels(draft.levels);
  const problems = validatePolicyLevels(asDomainLevels(levels));
  const nameMissing = draft.name.trim() === '';
  const change = (patch: Partial<PolicyDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const move = (from: number, to: number) => {
    if (to < 0 || to >= draft.levels.length) return;
    const next = [...draft.levels];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved);
    change({ levels: next });
  };

  const onSave = () => {
    setAttempted(true);
    if (nameMissing || problems.length > 0) return;
    const body = { name: draft.name.trim(), description: draft.description.trim(), levels };
    if (!policy) {
      save.mutate(
        { kind: 'create', body, idempotencyKey },
        {
          onSuccess: (created) => {
            void navigate(approvalPolicyPath(created.id), { replace: true });
          },
        },
      );
      return;
    }
    save.mutate({ kind: 'update', id: policy.id, body: { ...body, version: policy.version } });
  };

  return (
    <EditorFrame
      back={{ to: paths.approvalPolicies, label: 'All policies' }}
      title={policy ? policy.name : 'New approval policy'}
      description={
        policy
          ? 'Changes apply to requests submitted from now on; requests already waiting keep the levels they started with.'
          : 'Levels run in order: the next level is asked only once the one before has approved.'
      }
      save={{ label: 'Save policy', onSave, pending: save.isPending }}
      saveError={
        save.isError
          ? { error: save.error, title: 'The policy could not be saved', onReload }
          : null
      }
      showFixProblems={attempted && problems.length > 0}
      maxWidth={960}
      gap={2}
    >
      <TextField
        label="Name"
        required
        value={draft.name}
        onChange={(event) => change({ name: event.target.value })}
        error={attempted && nameMissing}
        helperText={attempted && nameMissing ? 'Give the policy a name.' : undefined}
      />
      <TextField
        label="Description"
        multiline
        minRows={2}
        value={draft.description}
        onChange={(event) => change({ description: event.target.value })}
      />
      <Typography variant="h2">Levels</Typography>
      {draft.levels.length === 0 ? (
        <Alert severity="info">
          No levels: requests under this policy are approved automatically.
        </Alert>
      ) : null}
      {draft.levels.map((level, index) => (
        <ApprovalLevelEditor
          key={level.id}
          level={level}
          index={index}
          count={draft.levels.length}
          problems={problems
            .filter((p) => p.path.startsWith(`/levels/${index}/`))
            .map((p) => ({ ...p, path: p.path.slice(`/levels/${index}`.length) }))}
          onChange={(next) =>
            change({ levels: draft.levels.map((l) => (l.id === level.id ? next : l)) })
          }
          onMove={(offset) => move(index, index + offset)}
          onRemove={() => change({ levels: draft.levels.filter((l) => l.id !== level.id) })}
        />
      ))}
      <div>
        <Button
          variant="outlined"
          startIcon={<AddIcon />}
          onClick={() => change({ levels: [...draft.levels, newLevel()] })}
        >
          Add level
        </Button>
      </div>
    </EditorFrame>
  );
}
