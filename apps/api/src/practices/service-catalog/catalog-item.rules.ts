import { findDependencyProblems } from '@trellis/domain';
import type { ProblemFieldError } from '../../platform/errors/problem';
import type { TaskTemplateDto } from './dto/task-template.dto';
import type { TaskTemplate } from './entities/catalog-item.entity';
import { checkFormSchema } from './form-data-validator';

/** Forms are configuration, not content: these bound what every order pays to validate. */
const MAX_FORM_SCHEMA_BYTES = 64 * 1024;
const MAX_UI_SCHEMA_BYTES = 32 * 1024;

export interface ItemContent {
  formSchema?: Record<string, unknown> | null;
  uiSchema?: Record<string, unknown>;
  taskTemplates?: TaskTemplateDto[];
}

/** Problems with the parts of an item that class-validator cannot judge, by JSON Pointer. */
export function contentProblems(content: ItemContent): ProblemFieldError[] {
  const problems: ProblemFieldError[] = [];
  if (content.formSchema) {
    if (JSON.stringify(content.formSchema).length > MAX_FORM_SCHEMA_BYTES) {
      problems.push({ path: '/formSchema', message: 'must be at most 64 KiB of JSON' });
    } else {
      problems.push(...checkFormSchema(content.formSchema, '/formSchema'));
    }
  }
  if (content.uiSchema && JSON.stringify(content.uiSchema).length > MAX_UI_SCHEMA_BYTES) {
    problems.push({ path: '/uiSchema', message: 'must be at most 32 KiB of JSON' });
  }
  if (content.taskTemplates) {
    // The same check the portal's item editor runs: unique keys, known dependencies, no cycles.
    problems.push(...findDependencyProblems(content.taskTemplates, '/taskTemplates'));
  }
  return problems;
}

/**
 * Why an item cannot be orderable yet. A published item needs a form (every stored form schema
 * is valid, so presence is enough) and at least one task: with none, an approved request would
 * have nothing to fulfil it and never leave `approved`.
 */
export function publishBlockers(item: {
  formSchema: Record<string, unknown> | null;
  taskTemplates: readonly unknown[];
}): ProblemFieldError[] {
  const blockers: ProblemFieldError[] = [];
  if (!item.formSchema) {
    blockers.push({ path: '/formSchema', message: 'a published item needs a request form' });
  }
  if (!item.taskTemplates.length) {
    blockers.push({
      path: '/taskTemplates',
      message: 'a published item needs at least one task template',
    });
  }
  return blockers;
}

/** The stored shape: empty optional fields dropped, lists always present. */
export function normalizeTemplates(templates: TaskTemplateDto[]): TaskTemplate[] {
  return templates.map((t) => ({
    key: t.key,
    title: t.title.trim(),
    ...(t.description ? { description: t.description } : {}),
    ...(t.teamId ? { teamId: t.teamId } : {}),
    ...(t.estimateMinutes !== undefined ? { estimateMinutes: t.estimateMinutes } : {}),
    checklist: t.checklist.map((label) => label.trim()),
    dependsOn: t.dependsOn,
  }));
}
