import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { stableId } from '../../src/server/seed/stable-id.js';
import { openBrowser, screenshot, signIn } from './browser.js';

const baseUrl = inject('baseUrl');
const PASSWORD = 'Demo@2025';
/** The commune specialist of Kinh Bắc in the demo data. */
const SPECIALIST = 'Trịnh Văn Nam';

/** A birth registration received at the counter of Kinh Bắc (not boundary-free in the demo). */
async function receivedDossier(): Promise<{ id: string; code: string }> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'motcua.kinhbac', password: PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/v1/dossiers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({
      outcome: 'received',
      receivingAgencyId: stableId('agency:commune-centre:09187'),
      procedureCode: '1.001193',
      applicant: {
        kind: 'citizen',
        name: 'Lê Thị Mai',
        idNumber: '027095004321',
        address: { unitCode: '09187', detail: 'Số 9 đường Lý Thái Tổ' },
        phone: '0912345678',
      },
      components: [
        { index: 0, provided: true },
        { index: 1, provided: true },
        { index: 2, provided: true },
      ],
      returnChannel: 'counter',
    }),
  });
  if (res.status !== 201) throw new Error(`intake: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; code: string };
}

async function openInbox(page: Page) {
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Hồ sơ cần xử lý' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Hồ sơ cần xử lý' }).waitFor();
}

describe('processing in the browser', () => {
  it('a leader assigns a new dossier from the inbox; the specialist finds it in their own', async () => {
    const dossier = await receivedDossier();
    const leader = await openBrowser();
    try {
      await signIn(leader.page, baseUrl, 'lanhdao.kinhbac', PASSWORD);
      await openInbox(leader.page);
      await leader.page.getByRole('link', { name: dossier.code, exact: true }).click();
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
      const row = specialist.page.getByRole('row', { name: new RegExp(dossier.code) });
      await row.waitFor();
      expect(await row.textContent()).toContain('Lê Thị Mai');
      await screenshot(specialist.page, '71-specialist-inbox');
    } finally {
      await specialist.close();
    }
  }, 120_000);
});
