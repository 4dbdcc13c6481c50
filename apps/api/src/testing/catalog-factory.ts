import type { TestApp } from './test-app';

let counter = 0;
/** A name no other test (or earlier run against a kept database) has used. */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix} ${Date.now().toString(36)}-${process.pid}-${counter}`;
}

export interface CatalogItemJson {
  id: string;
  name: string;
  status: string;
  version: number;
  [field: string]: unknown;
}

/** A small valid request form and two dependent tasks: enough to publish. */
export function itemBody(categoryId: string, overrides: Record<string, unknown> = {}) {
  return {
    name: uniqueName('Test item'),
    categoryId,
    description: 'Something to order in a test',
    costAmount: '99.50',
    costCurrency: 'USD',
    deliveryDays: 2,
    formSchema: {
      type: 'object',
      required: ['reason'],
      properties: { reason: { type: 'string', minLength: 3 } },
    },
    uiSchema: { reason: { 'ui:widget': 'textarea' } },
    taskTemplates: [
      { key: 'prepare', title: 'Prepare', checklist: ['Check stock'], dependsOn: [] },
      { key: 'deliver', title: 'Deliver', checklist: [], dependsOn: ['prepare'] },
    ],
    ...overrides,
  };
}

/** Catalog items through the API, as a catalog manager. */
export class CatalogFactory {
  constructor(
    private readonly t: TestApp,
    private readonly managerToken: string,
  ) {}

  async categoryId(key = 'other'): Promise<string> {
    const response = await this.t.request({
      method: 'GET',
      url: '/api/v1/catalog/categories',
      token: this.managerToken,
    });
    const category = (response.json().items as { id: string; key: string }[]).find(
      (c) => c.key === key,
    );
    if (!category) throw new Error(`no category ${key}`);
    return category.id;
  }

  async draft(overrides: Record<string, unknown> = {}): Promise<CatalogItemJson> {
    const response = await this.t.request({
      method: 'POST',
      url: '/api/v1/catalog/items',
      token: this.managerToken,
      payload: itemBody(await this.categoryId(), overrides),
    });
    if (response.statusCode !== 201) throw new Error(`create item: ${response.body}`);
    return response.json();
  }

  async published(overrides: Record<string, unknown> = {}): Promise<CatalogItemJson> {
    const item = await this.draft(overrides);
    const response = await this.t.request({
      method: 'POST',
      url: `/api/v1/catalog/items/${item.id}/publish`,
      token: this.managerToken,
      payload: { version: item.version },
    });
    if (response.statusCode !== 200) throw new Error(`publish item: ${response.body}`);
    return response.json();
  }
}
