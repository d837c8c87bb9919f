import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, signIn } from './browser.js';
import { DEMO_PASSWORD, signInApi } from './officer-api.js';

/**
 * Issue 8: the province's administrator loads the agency map and a file of the previous system's
 * dossiers through the page, follows the import to its end, and the imported dossiers can then be
 * looked up by the codes printed on their old receipts. Officers without `dossier.import` are not
 * offered the page.
 */

const baseUrl = inject('baseUrl');
const EXAMPLES = join(process.cwd(), 'docs', 'examples');
/**
 * The example file's dossiers under codes of this run only: the import is idempotent on source
 * and code, so neither a second run nor another journey meets them already imported.
 */
const RUN = Date.now().toString(36).toUpperCase();

interface ExampleLine {
  code: string;
  [field: string]: unknown;
}

function exampleLines(): ExampleLine[] {
  return readFileSync(join(EXAMPLES, 'dossier-import.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const record = JSON.parse(line) as ExampleLine;
      return { ...record, code: `${record.code}-E2E${RUN}` };
    });
}

/** Chooses a file through the field's own dialog, opened from the keyboard. */
async function chooseFile(
  page: Page,
  field: Locator,
  file: { name: string; mimeType: string; buffer: Buffer },
) {
  // Listening first: Playwright then intercepts the dialog, which takes a round trip to set up.
  const chooser = page.waitForEvent('filechooser');
  await field.focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(file);
}

describe('importing dossiers from the previous system', () => {
  it('an administrator loads the agency map and a file, and follows the import to its end', async () => {
    const lines = exampleLines();
    const fileName = `ho-so-cu-${RUN.toLowerCase()}.jsonl`;
    const body = `${[...lines.map((line) => JSON.stringify(line)), '{"source":"igate-bacgiang","code": không phải JSON'].join('\n')}\n`;

    const browser = await openBrowser();
    try {
      const { page } = browser;
      await signIn(page, baseUrl, 'quantri.tinh', DEMO_PASSWORD);
      await page
        .getByRole('navigation', { name: 'Điều hướng chính' })
        .getByRole('link', { name: 'Nhập hồ sơ từ hệ thống cũ' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Nhập hồ sơ từ hệ thống cũ' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/quan-tri/nhap-ho-so');

      // A map with problems: nothing is saved, each problem is listed by line, and the keyboard
      // is taken to the list.
      const mapField = page.getByLabel('Tệp CSV bảng chuyển đổi');
      await chooseFile(page, mapField, {
        name: 'bang-loi.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          'old_code,agency_code,note\n000.99.12.H03,999.99.99.H06,không có\n000.99.12.H03,001.00.00.H06,trùng\n',
        ),
      });
      await page.getByRole('button', { name: 'Nạp bảng chuyển đổi' }).click();
      const problems = page.getByRole('list', { name: /^Bảng chuyển đổi chưa được nạp/ });
      await problems.waitFor();
      const problemTexts = (await problems.getByRole('listitem').allTextContents()).join('\n');
      expect(problemTexts).toMatch(/^Dòng 3, old_code: /m);
      await page.waitForFunction(() => document.activeElement?.tagName === 'UL');
      await screenshot(page, '100-dossier-import-map-problems');

      // The example map, whose current codes are the demo organisation's.
      await chooseFile(page, mapField, {
        name: 'agency-map.csv',
        mimeType: 'text/csv',
        buffer: readFileSync(join(EXAMPLES, 'agency-map.csv')),
      });
      await page.getByRole('button', { name: 'Nạp bảng chuyển đổi' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã nạp 10 mã cơ quan cũ' }).waitFor();
      const map = page.getByRole('table', { name: /^Bảng chuyển đổi hiện hành/ });
      const kinhBac = map.getByRole('row').filter({ hasText: '000.21.31.H06' });
      await kinhBac.getByText('060.00.00.H06').waitFor();
      expect(await kinhBac.getByRole('cell').nth(0).textContent()).toMatch(/Kinh Bắc/);
      for (const header of ['Mã cũ', 'Cơ quan hiện hành', 'Ghi chú', 'Cập nhật lúc'])
        await map.getByRole('columnheader', { name: header }).waitFor();

      // The file: four dossiers of the example and one line that is not JSON.
      await chooseFile(page, page.getByLabel('Tệp hồ sơ JSON Lines'), {
        name: fileName,
        mimeType: 'application/x-ndjson',
        buffer: Buffer.from(body),
      });
      await page.getByRole('button', { name: 'Tải lên và nhập' }).click();
      const latest = page.getByRole('region', { name: `Lượt nhập vừa tải lên: ${fileName}` });
      await latest.waitFor();
      await latest
        .getByRole('status')
        .filter({ hasText: `Đã nhập xong tệp ${fileName}` })
        .waitFor({ timeout: 30_000 });

      const runs = page.getByRole('table', { name: 'Các lượt nhập gần đây' });
      for (const header of [
        'Tệp',
        'Trạng thái',
        'Bắt đầu lúc',
        'Số dòng',
        'Nhập mới',
        'Đã có',
        'Bị từ chối',
      ])
        await runs.getByRole('columnheader', { name: header, exact: true }).waitFor();
      const row = runs
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: fileName }) });
      await row.getByText('Đã xong', { exact: true }).waitFor();
      const cells = row.getByRole('cell');
      expect(await cells.nth(1).textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
      expect(await cells.nth(2).textContent()).toBe('5');
      expect(await cells.nth(3).textContent()).toBe(String(lines.length));
      expect(await cells.nth(4).textContent()).toBe('0');
      const rejectsLink = row.getByRole('link', { name: /^Tải các dòng bị từ chối của tệp / });
      expect(await cells.nth(5).textContent()).toMatch(/^1/);
      await screenshot(page, '101-dossier-import-done');

      // The rejects link downloads the bad line with its number.
      const href = await rejectsLink.getAttribute('href');
      expect(href).toMatch(/^\/api\/v1\/dossier-imports\/[0-9a-f-]{36}\/rejects$/);
      const rejects = await page.request.get(`${baseUrl}${href}`);
      expect(rejects.status()).toBe(200);
      const rejected = (await rejects.text())
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { line: number });
      expect(rejected.map((r) => r.line)).toEqual([5]);

      // A citizen (or an officer at the counter) finds a dossier by the code on its old receipt.
      const returned = lines[0] as ExampleLine;
      await page.goto(`${baseUrl}/tra-cuu/${encodeURIComponent(returned.code)}`);
      await page.getByRole('heading', { level: 1, name: `Hồ sơ ${returned.code}` }).waitFor();
      await page.getByText('Đăng ký khai sinh', { exact: true }).waitFor();
      expect(await page.getByText('Không tìm thấy hồ sơ có mã này.').count()).toBe(0);
      await screenshot(page, '102-dossier-import-lookup');
      const lookup = await fetch(
        `${baseUrl}/api/v1/public/dossiers/${encodeURIComponent(returned.code)}`,
      );
      expect(lookup.status).toBe(200);
      expect(((await lookup.json()) as { nationalStatus: number }).nationalStatus).toBe(10);
    } finally {
      await browser.close();
    }
  });

  it('an officer without the permission is not offered the page', async () => {
    const officer = await signInApi('motcua.kinhbac');
    const api = await fetch(`${baseUrl}/api/v1/dossier-imports`, {
      headers: { cookie: officer.cookie },
    });
    expect(api.status).toBe(403);

    const browser = await openBrowser();
    try {
      const { page } = browser;
      await signIn(page, baseUrl, 'motcua.kinhbac', DEMO_PASSWORD);
      const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
      await nav.getByRole('link', { name: 'Tiếp nhận hồ sơ' }).waitFor();
      expect(await nav.getByRole('link', { name: 'Nhập hồ sơ từ hệ thống cũ' }).count()).toBe(0);
      await page.goto(`${baseUrl}/quan-tri/nhap-ho-so`);
      await page.getByRole('alert').filter({ hasText: 'Không có quyền truy cập' }).waitFor();
      expect(await page.getByLabel('Tệp hồ sơ JSON Lines').count()).toBe(0);
    } finally {
      await browser.close();
    }
  });
});
