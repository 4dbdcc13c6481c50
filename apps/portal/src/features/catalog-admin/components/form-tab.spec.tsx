import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { FormDraft } from '../item-draft';
import { formOutcome } from '../item-draft';
import { FormTab } from './form-tab';

/** The tab with its state, exposing the latest draft to the test. */
function renderFormTab(initial: Partial<FormDraft> = {}) {
  const latest: { form: FormDraft } = {
    form: { mode: 'builder', fields: [], rawText: '', uiSchema: {}, ...initial },
  };
  function Harness() {
    const [form, setForm] = useState(latest.form);
    return (
      <FormTab
        form={form}
        onChange={(next) => {
          latest.form = next;
          setForm(next);
        }}
      />
    );
  }
  render(<Harness />);
  return latest;
}

async function addField(user: ReturnType<typeof userEvent.setup>, type: string, label: string) {
  await user.click(screen.getByRole('button', { name: 'Add field' }));
  await user.click(screen.getByRole('menuitem', { name: type }));
  const fields = screen.getByRole('list', { name: 'Form fields' });
  const card = fields.lastElementChild as HTMLElement;
  // One change event instead of typing: every keystroke re-renders the live preview.
  fireEvent.change(within(card).getByRole('textbox', { name: /^Label/ }), {
    target: { value: label },
  });
  return card;
}

// Menus, a sortable list and a live rjsf preview make these slow under jsdom on a shared machine.
describe('FormTab', { timeout: 30_000 }, () => {
  it('builds the JSON Schema and uiSchema from added, edited and reordered fields', async () => {
    const user = userEvent.setup();
    const latest = renderFormTab();
    const reason = await addField(user, 'Long text', 'Business reason');
    await user.click(within(reason).getByRole('switch', { name: 'Required' }));
    const size = await addField(user, 'Select', 'Size');
    const choices = within(size).getByRole('textbox', { name: 'Choices' });
    fireEvent.change(choices, { target: { value: 'Small\n\nLarge' } });
    await user.click(screen.getByRole('button', { name: 'Move Size up' }));

    const outcome = formOutcome(latest.form);
    expect(outcome).toEqual({
      ok: true,
      schema: {
        type: 'object',
        required: ['businessReason'],
        properties: {
          size: { type: 'string', title: 'Size', enum: ['Small', 'Large'] },
          businessReason: { type: 'string', title: 'Business reason' },
        },
        additionalProperties: false,
      },
      uiSchema: {
        'ui:order': ['size', 'businessReason', '*'],
        businessReason: { 'ui:widget': 'textarea' },
      },
    });
    // The preview renders the same form, in the new order.
    const preview = screen.getByRole('region', { name: 'Preview' });
    const labels = within(preview)
      .getAllByText(/^(Size|Business reason)$/)
      .map((node) => node.textContent);
    expect(labels[0]).toBe('Size');
  });

  it('shows the schema as raw JSON and warns before the builder drops what it cannot show', async () => {
    const user = userEvent.setup();
    const latest = renderFormTab();
    await addField(user, 'Text', 'Code');
    await user.click(screen.getByRole('tab', { name: 'Raw JSON Schema' }));
    const editor = screen.getByRole('textbox', { name: 'JSON Schema (draft-07)' });
    expect(JSON.parse((editor as HTMLTextAreaElement).value)).toMatchObject({
      properties: { code: { type: 'string', title: 'Code' } },
    });

    fireEvent.change(editor, { target: { value: '{"type": "object", "properties": ' } });
    expect(screen.getByText(/^Not valid yet:/)).toBeVisible();

    const withPattern = {
      type: 'object',
      properties: { code: { type: 'string', title: 'Code', pattern: '^[A-Z]+$' } },
    };
    fireEvent.change(editor, { target: { value: JSON.stringify(withPattern) } });
    await user.click(screen.getByRole('tab', { name: 'Builder' }));
    expect(screen.getByText('"code" uses "pattern", which the builder cannot show.')).toBeVisible();
    expect(latest.form.mode).toBe('raw');

    await user.click(screen.getByRole('button', { name: 'Switch anyway' }));
    expect(latest.form.mode).toBe('builder');
    expect(latest.form.fields.map((f) => f.key)).toEqual(['code']);
  });

  it('validates the preview live, as the requester form does', async () => {
    const user = userEvent.setup();
    renderFormTab();
    const card = await addField(user, 'Number', 'Seats');
    fireEvent.change(within(card).getByRole('spinbutton', { name: 'Maximum (value)' }), {
      target: { value: '5' },
    });
    const preview = screen.getByRole('region', { name: 'Preview' });
    await user.type(within(preview).getByRole('spinbutton', { name: 'Seats' }), '9');
    expect(await within(preview).findByText('must be <= 5')).toBeVisible();
  });
});
