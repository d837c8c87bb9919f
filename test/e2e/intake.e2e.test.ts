import { deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, signIn } from './browser.js';
import { tinyPdf } from './sample-files.js';

const baseUrl = inject('baseUrl');

/** A published provincial procedure of the demo catalogue, received at any counter. */
const PROCEDURE_CODE = '2.001610';
const PROCEDURE_NAME = 'Đăng ký thành lập doanh nghiệp tư nhân';
const MANDATORY = 'Giấy đề nghị đăng ký doanh nghiệp tư nhân';
const OPTIONAL_COPY = 'Bản sao giấy tờ pháp lý của cá nhân';
/** What a scanner types from the QR code of a chip-based identity card, then Enter. */
const CARD_QR =
  '027095001234|123456789|Nguyễn Văn A|01011995|Nam|Số 5 đường Trần Hưng Đạo, Phường Kinh Bắc, Tỉnh Bắc Ninh|01012021';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A 2×2 RGB PNG: IHDR first, IEND last, lengths and CRCs right. */
function tinyPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = [0, 200, 30, 30, 30, 30, 200];
  const pixels = deflateSync(Buffer.from([...row, ...row]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Whether the element has the focus, compared by id (no DOM types in Node-typed code). */
async function hasFocus(page: Page, field: ReturnType<Page['locator']>) {
  const id = await field.getAttribute('id');
  return id !== null && (await page.locator(':focus').getAttribute('id')) === id;
}

async function notice(page: Page, text: string) {
  await page.getByRole('status').filter({ hasText: text }).first().waitFor();
}

/** Fetches a URL in the page, with its cookies, and reports what came back. */
async function fetchInPage(page: Page, url: string) {
  return page.evaluate<{ status: number; type: string | null; head: string; size: number }>(
    `(async () => {
      const response = await fetch(${JSON.stringify(url)});
      const bytes = new Uint8Array(await response.arrayBuffer());
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        head: String.fromCharCode(...bytes.slice(0, 5)),
        size: bytes.length,
      };
    })()`,
  );
}

describe('counter intake', () => {
  it('a counter officer receives a complete dossier with two scans and prints the receipt; the public lookup shows it', {
    timeout: 150_000,
  }, async () => {
    let code = '';
    const officer = await openBrowser();
    try {
      const page = officer.page;
      await signIn(page, baseUrl, 'motcua.tinh', 'Demo@2025');
      await page
        .getByRole('navigation', { name: 'Điều hướng chính' })
        .getByRole('link', { name: 'Tiếp nhận hồ sơ' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' }).waitFor();
      // The officer's own centre is the counter; the caret waits in the procedure search.
      expect(await page.getByRole('combobox', { name: 'Quầy tiếp nhận' }).inputValue()).toBe(
        'Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh',
      );
      const procedure = page.getByRole('combobox', { name: 'Thủ tục hành chính' });
      await expect.poll(() => hasFocus(page, procedure)).toBe(true);
      await screenshot(page, '60-intake-empty');

      // Found without diacritics; the checklist of the version follows.
      await procedure.pressSequentially('dang ky thanh lap doanh nghiep tu nhan');
      await page.getByRole('option', { name: `${PROCEDURE_CODE} — ${PROCEDURE_NAME}` }).click();
      const mandatoryRow = page.getByRole('row', { name: new RegExp(MANDATORY) });
      await mandatoryRow.waitFor();
      await page.getByText('Phiên bản 1 · Cơ quan giải quyết: Sở Tài chính').waitFor();

      // The scanner types the card's QR code into the focused scan field, then Enter.
      const scan = page.getByLabel('Quét mã trên thẻ căn cước');
      await expect.poll(() => hasFocus(page, scan)).toBe(true);
      await page.keyboard.insertText(CARD_QR);
      await page.keyboard.press('Enter');
      await notice(page, 'Đã điền thông tin từ thẻ căn cước của Nguyễn Văn A');
      expect(await page.getByLabel('Họ và tên', { exact: true }).inputValue()).toBe('Nguyễn Văn A');
      expect(await page.getByLabel('Số định danh cá nhân', { exact: true }).inputValue()).toBe(
        '027095001234',
      );
      expect(await page.getByLabel('Ngày sinh').inputValue()).toBe('1995-01-01');
      expect(await page.getByLabel('Số nhà, đường, thôn, tổ dân phố').inputValue()).toBe(
        'Số 5 đường Trần Hưng Đạo',
      );
      await expect
        .poll(() => page.getByRole('combobox', { name: 'Xã, phường' }).inputValue())
        .toBe('Phường Kinh Bắc, Tỉnh Bắc Ninh');
      await page.getByLabel('Số điện thoại', { exact: true }).fill('0912345678');

      // Receiving (Alt+1) with the mandatory document unticked: the caret goes to it.
      const mandatoryBox = page.getByRole('checkbox', { name: `Đã nộp: ${MANDATORY}` });
      await page.keyboard.press('Alt+Digit1');
      await mandatoryRow.getByText('Giấy tờ bắt buộc chưa được đánh dấu đã nộp').waitFor();
      await expect.poll(() => hasFocus(page, mandatoryBox)).toBe(true);

      // Two scans, each uploading with its progress, on two components.
      await mandatoryBox.check();
      await mandatoryRow.locator('input[type=file]').setInputFiles({
        name: 'giay-de-nghi.pdf',
        mimeType: 'application/pdf',
        buffer: tinyPdf(),
      });
      const copyRow = page.getByRole('row', { name: new RegExp(OPTIONAL_COPY) });
      await copyRow.locator('input[type=file]').setInputFiles({
        name: 'can-cuoc.png',
        mimeType: 'image/png',
        buffer: tinyPng(),
      });
      await mandatoryRow.getByText('Đã tải lên').waitFor();
      await copyRow.getByText('Đã tải lên').waitFor();
      expect(
        await page
          .getByRole('checkbox', { name: new RegExp(`Đã nộp: ${OPTIONAL_COPY}`) })
          .isChecked(),
      ).toBe(true);
      await screenshot(page, '61-intake-filled');

      // A problem+json from the server lands under its field, which gets the caret.
      await page.route('**/api/v1/dossiers', (route) =>
        route.request().method() === 'POST'
          ? route.fulfill({
              status: 422,
              contentType: 'application/problem+json',
              body: JSON.stringify({
                type: 'about:blank',
                title: 'Thông tin tiếp nhận hồ sơ chưa đầy đủ',
                status: 422,
                code: 'DOSSIER_INTAKE_INVALID',
                errors: [
                  {
                    field: 'body.applicant.email',
                    code: 'invalid_email',
                    message: 'Thư điện tử không nhận được thư',
                  },
                ],
              }),
            })
          : route.fallback(),
      );
      const receiveButton = page.getByRole('button', { name: 'Tiếp nhận Alt+1' });
      await receiveButton.click();
      const email = page.getByLabel('Thư điện tử');
      await page.getByText('Thư điện tử không nhận được thư').waitFor();
      await expect.poll(() => hasFocus(page, email)).toBe(true);
      await screenshot(page, '61b-intake-server-problem');
      await page.unroute('**/api/v1/dossiers');

      await receiveButton.click();
      await page.waitForURL(/\/tiep-nhan-ho-so\/[0-9a-f-]{36}$/);
      const heading = page.getByRole('heading', { level: 1 });
      await expect.poll(() => heading.textContent()).toMatch(/^000\.01\.01\.H06-\d{6}-\d{4}$/);
      code = (await heading.textContent()) ?? '';
      await notice(page, `Đã tiếp nhận hồ sơ ${code}`);
      await page.getByText('Được tiếp nhận').first().waitFor();
      await page.getByRole('cell', { name: /giay-de-nghi\.pdf/ }).waitFor();
      await page.getByRole('cell', { name: /can-cuoc\.png/ }).waitFor();
      await screenshot(page, '62-dossier-received');

      // The receipt (Form 01) opens as a PDF in a tab of its own.
      const receipt = page.getByRole('link', {
        name: /In Giấy tiếp nhận hồ sơ và hẹn trả kết quả \(Mẫu 01\)/,
      });
      const href = await receipt.getAttribute('href');
      expect(href).toMatch(/\/api\/v1\/dossiers\/[0-9a-f-]{36}\/forms\/01$/);
      expect(await receipt.getAttribute('target')).toBe('_blank');
      const pdf = await fetchInPage(page, href ?? '');
      expect(pdf.status).toBe(200);
      expect(pdf.type).toMatch(/^application\/pdf/);
      expect(pdf.head).toBe('%PDF-');
      const [tab] = await Promise.all([officer.context.waitForEvent('page'), receipt.click()]);
      await expect.poll(() => tab.url()).toContain('/forms/01');
      await tab.close();

      // The day's list shows it, with Form 07 for the day.
      await page.getByRole('link', { name: 'Hồ sơ trong ngày' }).click();
      await page.getByRole('link', { name: code }).waitFor();
      const registerPdf = await page
        .getByRole('link', { name: 'Tải PDF (A4)' })
        .getAttribute('href');
      const register = await fetchInPage(page, registerPdf ?? '');
      expect(register.status).toBe(200);
      expect(register.type).toMatch(/^application\/pdf/);
      await screenshot(page, '63-intake-list');
    } finally {
      await officer.close();
    }

    // Anyone, not signed in, from the address of the receipt's QR code.
    const citizen = await openBrowser();
    try {
      const page = citizen.page;
      await page.goto(`${baseUrl}/tra-cuu/${code}`);
      await page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
      await page.getByText(PROCEDURE_NAME).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Được tiếp nhận' }).waitFor();
      await page.getByRole('link', { name: 'Đăng nhập cán bộ' }).waitFor();
      expect(await page.getByText('Ngày hẹn trả kết quả', { exact: true }).count()).toBe(0);
      await screenshot(page, '64-lookup-public');

      // The applicant's ID number shows the step and the appointment.
      await page.getByLabel('Số định danh cá nhân hoặc số điện thoại').fill('027095001234');
      await page.getByRole('button', { name: 'Xem chi tiết' }).click();
      await page.getByText('Ngày hẹn trả kết quả', { exact: true }).waitFor();
      await page.getByText(/Đã tiếp nhận; đang chuyển/).waitFor();
      await screenshot(page, '65-lookup-verified');

      // The lookup form leads to the same page, which fits a phone.
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(`${baseUrl}/tra-cuu`);
      await page.getByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' }).waitFor();
      await page.getByLabel('Mã hồ sơ').fill(code);
      await page.getByLabel('Số định danh cá nhân hoặc số điện thoại').fill('0912 345 678');
      await page.getByRole('button', { name: 'Tra cứu' }).click();
      // The phone number proves the dossier is one's own, and stays out of the address.
      await page.waitForURL(`${baseUrl}/tra-cuu/${code}`);
      await page.getByRole('heading', { level: 2, name: 'Được tiếp nhận' }).waitFor();
      await page.getByText('Ngày hẹn trả kết quả', { exact: true }).waitFor();
      expect(
        await page.evaluate<number>('document.documentElement.scrollWidth'),
      ).toBeLessThanOrEqual(375);
      await screenshot(page, '66-lookup-phone');
    } finally {
      await citizen.close();
    }
  });
});
