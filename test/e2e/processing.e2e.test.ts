import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, signIn } from './browser.js';
import { DEMO_PASSWORD, receivedDossier, signInApi } from './officer-api.js';

const baseUrl = inject('baseUrl');
const PASSWORD = DEMO_PASSWORD;
/** The commune specialist of Kinh Bắc in the demo data. */
const SPECIALIST = 'Trịnh Văn Nam';

async function openInbox(page: Page) {
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Hồ sơ cần xử lý' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Hồ sơ cần xử lý' }).waitFor();
}

describe('processing in the browser', () => {
  it('a leader assigns a new dossier from the inbox; the specialist finds it in their own', async () => {
    // A birth registration received at the counter of Kinh Bắc (not boundary-free in the demo).
    const dossier = await receivedDossier(await signInApi('motcua.kinhbac'), '1.001193', 3, {
      name: 'Lê Thị Mai',
      idNumber: '027095004321',
      phone: '0912345678',
    });
    const code = dossier.code as string;
    const leader = await openBrowser();
    try {
      await signIn(leader.page, baseUrl, 'lanhdao.kinhbac', PASSWORD);
      await openInbox(leader.page);
      await leader.page.getByRole('link', { name: code, exact: true }).click();
      await leader.page
        .getByRole('group', { name: 'Các thao tác giải quyết' })
        .getByRole('button', { name: 'Phân công' })
        .click();
      const dialog = leader.page.getByRole('dialog', { name: 'Phân công' });
      await dialog.getByRole('combobox', { name: 'Người xử lý' }).click();
      await leader.page.getByRole('option', { name: new RegExp(SPECIALIST) }).click();
      await dialog.getByRole('button', { name: 'Phân công' }).click();
      await dialog.waitFor({ state: 'detached' });
      const facts = leader.page.getByTestId('processing-facts');
      await facts.getByText(SPECIALIST).waitFor();
      // In progress: the badge says it in the national status's words.
      await leader.page.getByTestId('dossier-state').filter({ hasText: 'Đang xử lý' }).waitFor();
      await screenshot(leader.page, '70-dossier-assigned');
    } finally {
      await leader.close();
    }

    const specialist = await openBrowser();
    try {
      await signIn(specialist.page, baseUrl, 'chuyenvien.kinhbac', PASSWORD);
      await openInbox(specialist.page);
      const row = specialist.page.getByRole('row', { name: new RegExp(code) });
      await row.waitFor();
      expect(await row.textContent()).toContain('Lê Thị Mai');
      await screenshot(specialist.page, '71-specialist-inbox');
    } finally {
      await specialist.close();
    }
  }, 120_000);
});
