import { expect, signIn, test as setup } from './support/fixtures';
import { ALL_PERSONAS, storageStatePath } from './support/personas';

// Each persona signs in once; the specs start from the saved browser state (its tokens live in
// localStorage, which storageState keeps).
for (const persona of ALL_PERSONAS) {
  setup(`sign in as ${persona.key}`, async ({ page }) => {
    await signIn(page, persona);
    await expect(page.getByRole('button', { name: persona.name })).toBeVisible();
    await page.context().storageState({ path: storageStatePath(persona) });
  });
}
