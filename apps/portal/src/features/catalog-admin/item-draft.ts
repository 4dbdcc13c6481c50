import type { Schemas } from '@trellis/api-client';
import type { FormField, JsonObject } from './form-builder-schema';
import { fieldsToSchema, schemaToFields, syncUiOrder } from './form-builder-schema';

type CatalogItem = Schemas['CatalogItemDto'];
type TaskTemplate = Schemas['TaskTemplateDto'];
type ItemFields = Omit<Schemas['CreateCatalogItemRequest'], 'name' | 'categoryId'>;

/** A field in the builder: the field and a stable identity for React keys and dragging. */
export interface BuilderField extends FormField {
  id: string;
}

export interface TemplateDraft {
  id: string;
  key: string;
  title: string;
  description: string;
  teamId: string | null;
  /** As typed; '' for no estimate. */
  estimateMinutes: string;
  checklist: string[];
  dependsOn: string[];
}

export interface FormDraft {
  /** Which editor owns the schema now: the builder's fields or the raw JSON text. */
  mode: 'builder' | 'raw';
  fields: BuilderField[];
  rawText: string;
  /** The uiSchema as loaded or last built; in raw mode its order is pruned to the schema. */
  uiSchema: JsonObject;
}

export interface ItemDraft {
  name: string;
  categoryId: string;
  description: string;
  icon: string;
  costAmount: string;
  costCurrency: string;
  deliveryDays: string;
  supportTeamId: string | null;
  approvalPolicyId: string | null;
  slaPolicyId: string | null;
  prerequisites: string[];
  documentationLinks: { title: string; url: string }[];
  form: FormDraft;
  taskTemplates: TemplateDraft[];
}

let nextId = 0;
/** A client-side identity for list rows; never sent. */
export const localId = (prefix: string) => `${prefix}-${(nextId += 1)}`;

export const withIds = (fields: readonly FormField[]): BuilderField[] =>
  fields.map((field) => ({ ...field, id: localId('field') }));

export const withoutId = ({ id: _id, ...field }: BuilderField): FormField => field;

export function emptyDraft(): ItemDraft {
  return {
    name: '',
    categoryId: '',
    description: '',
    icon: 'Apps',
    costAmount: '0.00',
    costCurrency: 'USD',
    deliveryDays: '1',
    supportTeamId: null,
    approvalPolicyId: null,
    slaPolicyId: null,
    prerequisites: [],
    documentationLinks: [],
    form: { mode: 'builder', fields: [], rawText: '', uiSchema: {} },
    taskTemplates: [],
  };
}

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/** The editor's state for a stored item; a form the builder cannot show opens as raw JSON. */
export function itemToDraft(item: CatalogItem): ItemDraft {
  const schema = item.formSchema ?? { type: 'object', properties: {} };
  const parsed = schemaToFields(schema, item.uiSchema);
  return {
    name: item.name,
    categoryId: item.categoryId,
    description: item.description,
    icon: item.icon,
    costAmount: item.costAmount,
    costCurrency: item.costCurrency,
    deliveryDays: String(item.deliveryDays),
    supportTeamId: item.supportTeamId,
    approvalPolicyId: item.approvalPolicyId,
    slaPolicyId: item.slaPolicyId,
    prerequisites: [...item.prerequisites],
    documentationLinks: item.documentationLinks.map((link) => ({ ...link })),
    form: {
      mode: parsed.unsupported.length === 0 ? 'builder' : 'raw',
      fields: withIds(parsed.fields),
      rawText: pretty(schema),
      uiSchema: item.uiSchema,
    },
    taskTemplates: item.taskTemplates.map((template) => ({
      id: localId('task'),
      key: template.key,
      title: template.title,
      description: template.description ?? '',
      teamId: template.teamId ?? null,
      estimateMinutes:
        template.estimateMinutes === undefined ? '' : String(template.estimateMinutes),
      checklist: [...template.checklist],
      dependsOn: [...template.dependsOn],
    })),
  };
}

export type FormOutcome =
  { ok: true; schema: JsonObject; uiSchema: JsonObject } | { ok: false; message: string };

/** The schema and uiSchema the form tab stands for now (raw text must parse to an object). */
export function formOutcome(form: FormDraft): FormOutcome {
  if (form.mode === 'builder') {
    const built = fieldsToSchema(form.fields.map(withoutId));
    // Keep rendering hints the builder does not manage (e.g. from a hand-written uiSchema).
    const kept = Object.fromEntries(
      Object.entries(form.uiSchema).filter(([key]) => key.startsWith('ui:') && key !== 'ui:order'),
    );
    return { ok: true, schema: built.schema, uiSchema: { ...kept, ...built.uiSchema } };
  }
  let schema: unknown;
  try {
    schema = JSON.parse(form.rawText);
  } catch (error) {
    return {
      ok: false,
      message: `The raw JSON Schema is not valid JSON: ${(error as Error).message}`,
    };
  }
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    return { ok: false, message: 'The raw JSON Schema must be a JSON object.' };
  }
  return { ok: true, schema: schema as JsonObject, uiSchema: syncUiOrder(schema, form.uiSchema) };
}

function templateBody(template: TemplateDraft): TaskTemplate {
  const estimate = template.estimateMinutes.trim();
  return {
    key: template.key.trim(),
    title: template.title.trim(),
    ...(template.description.trim() ? { description: template.description.trim() } : {}),
    teamId: template.teamId,
    ...(estimate !== '' ? { estimateMinutes: Number(estimate) } : {}),
    checklist: template.checklist.map((label) => label.trim()).filter((label) => label !== ''),
    dependsOn: template.dependsOn,
  };
}

export type DraftBody =
  | { ok: true; body: ItemFields & { name: string; categoryId: string } }
  | { ok: false; message: string };

/** What the API is sent for a draft; the API checks the rest and answers with paths. */
export function draftToBody(draft: ItemDraft): DraftBody {
  const form = formOutcome(draft.form);
  if (!form.ok) return form;
  const days = Number(draft.deliveryDays);
  if (draft.deliveryDays.trim() === '' || !Number.isInteger(days)) {
    return { ok: false, message: 'The delivery estimate must be a whole number of days.' };
  }
  return {
    ok: true,
    body: {
      name: draft.name.trim(),
      categoryId: draft.categoryId,
      description: draft.description,
      icon: draft.icon.trim(),
      costAmount: draft.costAmount.trim(),
      costCurrency: draft.costCurrency.trim().toUpperCase(),
      deliveryDays: days,
      supportTeamId: draft.supportTeamId,
      approvalPolicyId: draft.approvalPolicyId,
      slaPolicyId: draft.slaPolicyId,
      prerequisites: draft.prerequisites.map((p) => p.trim()).filter((p) => p !== ''),
      documentationLinks: draft.documentationLinks
        .map((link) => ({ title: link.title.trim(), url: link.url.trim() }))
        .filter((link) => link.title !== '' || link.url !== ''),
      formSchema: form.schema,
      uiSchema: form.uiSchema,
      taskTemplates: draft.taskTemplates.map(templateBody),
    },
  };
}
