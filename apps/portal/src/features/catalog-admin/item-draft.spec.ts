import { describe, expect, it } from 'vitest';
import type { ItemDraft } from './item-draft';
import { draftToBody, emptyDraft, itemToDraft } from './item-draft';

type Item = Parameters<typeof itemToDraft>[0];

const item = (overrides: Partial<Item>): Item => ({
  id: '00000000-0000-4000-8000-000000000501',
  name: 'Laptop Request',
  description: 'A laptop.',
  icon: 'Laptop',
  categoryId: '00000000-0000-4000-8000-000000000110',
  categoryKey: 'hardware',
  categoryName: 'Hardware',
  costAmount: '1850.00',
  costCurrency: 'USD',
  costCenterId: null,
  deliveryDays: 7,
  ratingAverage: null,
  ratingCount: 0,
  sla: null,
  status: 'published',
  prerequisites: ['Return the old one'],
  documentationLinks: [{ title: 'Models', url: 'https://intranet.example/laptops' }],
  formSchema: {
    type: 'object',
    required: ['model'],
    properties: { model: { type: 'string', title: 'Model', enum: ['Air', 'Pro'] } },
    additionalProperties: false,
  },
  uiSchema: { 'ui:order': ['model', '*'], 'ui:submitButtonOptions': { norender: false } },
  approvalPolicyId: null,
  slaPolicyId: null,
  supportTeamId: null,
  taskTemplates: [
    { key: 'ship', title: 'Ship it', estimateMinutes: 30, checklist: ['Pack'], dependsOn: [] },
  ],
  publishedAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 2,
  ...overrides,
});

const bodyOf = (draft: ItemDraft) => {
  const outcome = draftToBody(draft);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.body;
};

describe('item drafts', () => {
  it('send back what was loaded when nothing changed, keeping uiSchema hints the builder does not manage', () => {
    const loaded = item({});
    const body = bodyOf(itemToDraft(loaded));
    expect(body).toMatchObject({
      name: loaded.name,
      deliveryDays: 7,
      prerequisites: loaded.prerequisites,
      documentationLinks: loaded.documentationLinks,
      formSchema: loaded.formSchema,
      uiSchema: loaded.uiSchema,
      taskTemplates: [{ ...loaded.taskTemplates[0], teamId: null }],
    });
  });

  it('open a form the builder cannot show as raw JSON, and send it unchanged', () => {
    const formSchema = {
      type: 'object',
      properties: { code: { type: 'string', pattern: '^[A-Z]+$' } },
    };
    const draft = itemToDraft(item({ formSchema, uiSchema: { 'ui:order': ['gone', 'code'] } }));
    expect(draft.form.mode).toBe('raw');
    const body = bodyOf(draft);
    expect(body.formSchema).toEqual(formSchema);
    // react-jsonschema-form refuses an order naming properties the schema lacks.
    expect(body.uiSchema).toEqual({ 'ui:order': ['code', '*'] });
  });

  it('refuse raw text that is not JSON, and a delivery estimate that is not whole days', () => {
    const raw = emptyDraft();
    raw.form = { ...raw.form, mode: 'raw', rawText: '{"type": ' };
    expect(draftToBody(raw)).toMatchObject({ ok: false });
    expect(draftToBody({ ...emptyDraft(), deliveryDays: '1.5' })).toEqual({
      ok: false,
      message: 'The delivery estimate must be a whole number of days.',
    });
  });
});
