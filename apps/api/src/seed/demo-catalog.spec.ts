import { findDependencyProblems } from '@trellis/domain';
import { TEMPLATE_KEY_PATTERN } from '../practices/service-catalog/dto/task-template.dto';
import { checkFormSchema } from '../practices/service-catalog/form-data-validator';
import { AMOUNT_PATTERN } from '../practices/cost-management/money';
import { DEMO_CATEGORIES, DEMO_COST_CENTERS } from './demo-catalog';
import { DEMO_ITEMS } from './demo-catalog-items';

// The seed writes SQL directly, past the API's checks: these hold it to the same rules.
describe('demo catalog', () => {
  it.each(DEMO_ITEMS.map((item) => [item.name, item]))(
    '%s passes the checks the API applies when an item is saved',
    (_name, item) => {
      expect(checkFormSchema(item.formSchema, '/formSchema')).toEqual([]);
      expect(findDependencyProblems(item.taskTemplates)).toEqual([]);
      expect(item.taskTemplates.length).toBeGreaterThan(0);
      for (const template of item.taskTemplates) expect(template.key).toMatch(TEMPLATE_KEY_PATTERN);
      expect(item.costAmount).toMatch(AMOUNT_PATTERN);
      expect(DEMO_CATEGORIES.map((c) => c.key)).toContain(item.category);
      expect(DEMO_COST_CENTERS.map((c) => c.code)).toContain(item.costCenter);
    },
  );
});
