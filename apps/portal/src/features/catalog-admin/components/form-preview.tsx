import Alert from '@mui/material/Alert';
import Form from '@rjsf/mui';

import type { ReactNode } from 'react';
import { Component } from 'react';
import { formValidator } from '../../catalog/form-validator';
import type { JsonObject } from '../form-builder-schema';

/** react-jsonschema-form throws on some schemas it cannot render; the editor must survive that. */
class PreviewBoundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <Alert severity="warning">The preview cannot render this form: {this.state.error}</Alert>
    );
  }
}

/**
 * The form as requesters will meet it: the same renderer and live validation as the order page
 * (features/catalog/components/request-form), so errors show here exactly as they will there.
 */
export function FormPreview({ schema, uiSchema }: { schema: JsonObject; uiSchema: JsonObject }) {
  return (
    // A new boundary (and form state) whenever the form itself changes.
    <PreviewBoundary key={JSON.stringify([schema, uiSchema])}>
      <Form
        schema={schema}
        uiSchema={{
          ...uiSchema,
          'ui:submitButtonOptions': { submitText: 'Check answers' },
        }}
        validator={formValidator}
        liveValidate="onChange"
        showErrorList={false}
        noHtml5Validate
        idPrefix="preview"
        onSubmit={() => undefined}
      />
    </PreviewBoundary>
  );
}
