import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Form from '@rjsf/mui';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { isProblem } from '@trellis/api-client';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { requestPath } from '../../../app/router/paths';
import { problemMessage } from '../../../shared/problem-message';
import { splitProblemErrors } from '../form-errors';
import { formValidator } from '../form-validator';
import type { CatalogItem } from '../hooks/use-catalog-item';
import type { NewRequest } from '../hooks/use-submit-request';
import { useSubmitRequest } from '../hooks/use-submit-request';

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
 * validated live with it as the API validates them; see form-validator), then priority and
 * justification. Submitting creates the draft
 * and submits it in one go, then opens the request.
 */
export function RequestForm({ item }: { item: CatalogItem }) {
  const navigate = useNavigate();
  const submit = useSubmitRequest();
  const [formData, setFormData] = useState<Record<string, unknown>>({});
  const [priority, setPriority] = useState<Priority>('medium');
  const [justification, setJustification] = useState('');
  // One key per attempt at ordering these answers: see useSubmitRequest. Changed answers are a new
  // attempt (the API replays a key's first outcome, even a 400).
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const answersChanged = () => {
    // The API's verdict was about the old answers: drop it once they change.
    if (!submit.isError) return;
    submit.reset();
    setIdempotencyKey(crypto.randomUUID());
  };

  const problem = isProblem(submit.error) ? submit.error : null;
  const serverErrors = problem ? splitProblemErrors(problem) : null;

  return (
    <Form
      schema={item.formSchema ?? NO_FORM}
      uiSchema={{ ...(item.uiSchema as UiSchema), 'ui:submitButtonOptions': { norender: true } }}
      validator={formValidator}
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
      onSubmit={() =>
        submit.mutate(
          {
            idempotencyKey,
            body: {
              itemId: item.id,
              formData,
              priority,
              justification: justification.trim() === '' ? undefined : justification.trim(),
            },
          },
          { onSuccess: (request) => void navigate(requestPath(request.id)) },
        )
      }
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
        {submit.isError && (!serverErrors || serverErrors.other.length > 0 || !problem?.errors) ? (
          <Alert severity="error">
            <AlertTitle>The request could not be submitted</AlertTitle>
            {serverErrors && serverErrors.other.length > 0 ? (
              <Box component="ul" sx={{ m: 0, pl: 2 }}>
                {serverErrors.other.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </Box>
            ) : (
              problemMessage(submit.error)
            )}
          </Alert>
        ) : null}
        <Box>
          <Button type="submit" variant="contained" loading={submit.isPending}>
            Submit request
          </Button>
        </Box>
      </Stack>
    </Form>
  );
}
