import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Form from '@rjsf/mui';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { isProblem } from '@trellis/api-client';
import { useRef, useState } from 'react';
import { splitProblemErrors } from '../form-errors';
import { formValidator } from '../form-validator';
import type { CatalogItem } from '../hooks/use-catalog-item';
import type { OrderIntent } from '../hooks/use-place-order';
import { usePlaceOrder } from '../hooks/use-place-order';
import type { NewRequest } from '../hooks/use-submit-request';
import type { ChosenFile } from './attachment-picker';
import { AttachmentPicker } from './attachment-picker';
import { CostCentreField } from './cost-centre-field';
import { OrderErrorAlert } from './order-error-alert';
import { PendingUploads } from './pending-uploads';
import { PersonWidget } from './person-widget';
import { RequestedForField } from './requested-for-field';

type Priority = NewRequest['priority'];

const PRIORITIES: readonly { value: Priority; label: string }[] = [
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High' },
  { value: 'critical', label: 'Critical' },
];

const NO_FORM: RJSFSchema = { type: 'object', properties: {} };

/**
 * The order form: the item's own questions (rendered from its JSON Schema and, where the CSP allows,
 * validated live with it as the API validates them; see form-validator), then priority,
 * justification, cost centre, on whose behalf (for people who may search the directory) and files.
 * Submit creates the draft, uploads the files to it and submits it; Save as draft stops before
 * submitting. Either then opens the request.
 */
const FORM_WIDGETS = { EmailWidget: PersonWidget };

export function RequestForm({ item }: { item: CatalogItem }) {
  const order = usePlaceOrder();
  const [formData, setFormData] = useState<Record<string, unknown>>({});
  const [priority, setPriority] = useState<Priority>('medium');
  const [justification, setJustification] = useState('');
  const [costCenterId, setCostCenterId] = useState<string | null>(item.costCenterId);
  const [requestedForId, setRequestedForId] = useState<string | null>(null);
  const [files, setFiles] = useState<ChosenFile[]>([]);
  // Both buttons submit the form, so rjsf validates the answers for either; the click says which.
  const intent = useRef<OrderIntent>('submit');
  // One key per attempt at ordering these answers: see useSubmitRequest. Changed answers are a new
  // attempt (the API replays a key's first outcome, even a 400).
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const answersChanged = () => {
    // The API's verdict was about the old answers: drop it once they change.
    if (!order.isError) return;
    order.reset();
    setIdempotencyKey(crypto.randomUUID());
  };

  const problem = isProblem(order.error) ? order.error : null;
  const serverErrors = problem ? splitProblemErrors(problem) : null;
  const busy = order.busy !== null;

  const body = (): NewRequest => ({
    itemId: item.id,
    formData,
    priority,
    justification: justification.trim() === '' ? undefined : justification.trim(),
    // Left out while it is the item's own, so the API applies the item's current one.
    ...(costCenterId === item.costCenterId ? {} : { costCenterId }),
    ...(requestedForId === null ? {} : { requestedForId }),
  });

  return (
    <Form
      schema={item.formSchema ?? NO_FORM}
      uiSchema={{ ...(item.uiSchema as UiSchema), 'ui:submitButtonOptions': { norender: true } }}
      validator={formValidator}
      // Email fields pick a person from the directory (typing any address still works).
      widgets={FORM_WIDGETS}
      // Uncontrolled: the form keeps its own answers (and their errors); this copy is what is sent.
      onChange={(event) => {
        setFormData((event.formData ?? {}) as Record<string, unknown>);
        answersChanged();
      }}
      liveValidate="onChange"
      showErrorList={false}
      noHtml5Validate
      focusOnFirstError
      extraErrors={serverErrors?.form}
      onSubmit={() => {
        if (busy) return;
        order.place(intent.current, {
          body: body(),
          idempotencyKey,
          files: files.map((chosen) => chosen.file),
        });
      }}
    >
      <Stack sx={{ gap: 2, mt: 2 }}>
        <TextField
          select
          label="Priority"
          value={priority}
          onChange={(event) => {
            setPriority(event.target.value as Priority);
            answersChanged();
          }}
          error={Boolean(serverErrors?.fields.priority)}
          helperText={serverErrors?.fields.priority ?? 'How urgently you need it.'}
          sx={{ maxWidth: 240 }}
        >
          {PRIORITIES.map((option) => (
            <MenuItem key={option.value} value={option.value}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label="Justification"
          multiline
          minRows={2}
          value={justification}
          onChange={(event) => {
            setJustification(event.target.value);
            answersChanged();
          }}
          error={Boolean(serverErrors?.fields.justification)}
          helperText={
            serverErrors?.fields.justification ?? 'Why you need it: helps approvers decide quickly.'
          }
        />
        <CostCentreField
          value={costCenterId}
          onChange={(id) => {
            setCostCenterId(id);
            answersChanged();
          }}
          error={serverErrors?.fields.costCenterId}
        />
        <RequestedForField
          onChange={(id) => {
            setRequestedForId(id);
            answersChanged();
          }}
          error={serverErrors?.fields.requestedForId}
        />
        <AttachmentPicker files={files} onChange={setFiles} disabled={busy} />
        {order.isError && (!serverErrors || serverErrors.other.length > 0 || !problem?.errors) ? (
          <OrderErrorAlert error={order.error} other={serverErrors?.other ?? []} />
        ) : null}
        {order.uploading ? (
          <PendingUploads
            requestId={order.uploading.draft.id}
            files={order.uploading.files}
            onDone={order.uploaded}
            onFailed={order.uploadFailed}
          />
        ) : null}
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
          <Button
            type="submit"
            variant="contained"
            loading={order.busy === 'submit'}
            disabled={busy}
            onClick={() => (intent.current = 'submit')}
          >
            Submit request
          </Button>
          <Button
            type="submit"
            variant="outlined"
            loading={order.busy === 'draft'}
            disabled={busy}
            onClick={() => (intent.current = 'draft')}
          >
            Save as draft
          </Button>
        </Stack>
      </Stack>
    </Form>
  );
}
