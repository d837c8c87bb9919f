import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { formatDateTime } from '../../src/web/i18n/format-date.js';
import { readPdf } from '../support/pdf.js';
import { openBrowser, screenshot, signIn } from './browser.js';
import {
  actOn,
  DEMO_PASSWORD,
  deadlineFrom,
  dossierOf,
  receivedDossier,
  resultTypesOf,
  signInApi,
  workedAgo,
} from './officer-api.js';
import { tinyPdf } from './sample-files.js';

/**
 * The two journeys of issue 6, each step taken in the browser by the officer whose role it is,
 * and checked as that officer sees it: the state's words, the due date, the history, the inboxes.
 */

const baseUrl = inject('baseUrl');
/** The commune specialist of Kinh Bắc in the demo data. */
const SPECIALIST = 'Trịnh Văn Nam';
const APPLICANT = { name: 'Lê Thị Mai', idNumber: '027095004321', phone: '0912345678' };

type Browser = Awaited<ReturnType<typeof openBrowser>>;

/** One officer's browser for their part of a journey, closed whatever happens. */
async function as(username: string, work: (page: Page, browser: Browser) => Promise<void>) {
  const browser = await openBrowser();
  try {
    await signIn(browser.page, baseUrl, username, DEMO_PASSWORD);
    await browser.page.getByRole('navigation', { name: 'Điều hướng chính' }).waitFor();
    await work(browser.page, browser);
  } finally {
    await browser.close();
  }
}

async function openInbox(page: Page) {
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Hồ sơ cần xử lý' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Hồ sơ cần xử lý' }).waitFor();
}

/** Finds a dossier in the inbox as an officer does: "/" to the search box, then its code. */
async function searchInbox(page: Page, code: string) {
  await page.keyboard.press('/');
  await page.keyboard.type(code);
  await page.waitForURL(/[?&]q=/);
}

function inboxRow(page: Page, code: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name: code, exact: true }) });
}

async function scope(page: Page, name: 'Của tôi' | 'Của cơ quan') {
  await page.getByRole('radiogroup', { name: 'Phạm vi' }).getByText(name, { exact: true }).click();
}

/** The day's list of the counter, narrowed to one state since the day the dossier came in. */
async function counterList(page: Page, submittedOn: string, state: string) {
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Tiếp nhận hồ sơ' })
    .click();
  await page.getByRole('link', { name: 'Hồ sơ trong ngày' }).click();
  await page.getByLabel('Từ ngày').fill(submittedOn);
  await page.getByLabel('Trạng thái').selectOption({ label: state });
}

/** The value of a fact in one of the page's description lists, by its term. */
function fact(page: Page, term: string): Locator {
  return page
    .locator('.dossier-facts > div')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${term}$`) }) })
    .locator('dd');
}

async function stateIs(page: Page, label: string) {
  await page.getByTestId('dossier-state').filter({ hasText: label }).waitFor();
}

function actions(page: Page): Locator {
  return page.getByRole('group', { name: 'Các thao tác giải quyết' });
}

async function actionNames(page: Page): Promise<string[]> {
  if ((await actions(page).count()) === 0) return [];
  return actions(page).getByRole('button').allTextContents();
}

async function openAction(page: Page, name: string): Promise<Locator> {
  await actions(page).getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  return dialog;
}

/** The dialog closed on the server's answer, and the officer was told what was done. */
async function done(page: Page, dialog: Locator, action: string) {
  await dialog.waitFor({ state: 'detached' });
  await page
    .getByRole('status')
    .filter({ hasText: `Đã thực hiện: ${action}` })
    .first()
    .waitFor();
}

/** The titles of the history timeline, oldest first. */
async function timeline(page: Page): Promise<string[]> {
  return page
    .getByRole('region', { name: 'Quá trình xử lý' })
    .locator('.mantine-Timeline-itemTitle')
    .allTextContents();
}

async function lastEntryIs(page: Page, title: string) {
  await expect.poll(async () => (await timeline(page)).at(-1)).toBe(title);
}

/** The local date (Asia/Ho_Chi_Minh) of an instant, as the date box takes it. */
function localDay(iso: string): string {
  return new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10);
}

describe('processing journeys in the browser (issue 6)', () => {
  it('received → assigned → supplement requested → supplemented → approved → result returned', async () => {
    // A birth registration that came by post an hour of working time ago: its clock has run.
    const handedOverAt = await workedAgo(60);
    const counterApi = await signInApi('motcua.kinhbac');
    const received = await receivedDossier(counterApi, '1.001193', 3, APPLICANT, {
      handedOverAt,
    });
    const code = received.code as string;
    const firstDue = received.dueAt as string;
    const submittedOn = localDay(received.submittedAt);

    // The leader finds it unassigned in the agency's inbox and gives it to the specialist.
    await as('lanhdao.kinhbac', async (page) => {
      await openInbox(page);
      await page.getByRole('switch', { name: 'Chỉ hồ sơ chưa phân công' }).check();
      await searchInbox(page, code);
      const row = inboxRow(page, code);
      await row.getByText('Chưa phân công').waitFor();
      await row.getByText('Chưa bắt đầu').waitFor();
      await screenshot(page, '72-leader-inbox-unassigned');
      await row.getByRole('link', { name: code }).click();
      await stateIs(page, 'Được tiếp nhận');
      expect(await fact(page, 'Hẹn trả kết quả').textContent()).toBe(formatDateTime(firstDue));
      const dialog = await openAction(page, 'Phân công');
      await dialog.getByRole('combobox', { name: 'Người xử lý' }).click();
      await page.getByRole('option', { name: new RegExp(SPECIALIST) }).click();
      await dialog.getByRole('button', { name: 'Phân công' }).click();
      await done(page, dialog, 'Phân công');
      await stateIs(page, 'Đang xử lý');
      expect(await fact(page, 'Người xử lý').textContent()).toBe(SPECIALIST);
      expect(await fact(page, 'Bước hiện tại').textContent()).toContain(
        'Bước 2/4: Công chức tư pháp - hộ tịch thẩm định',
      );
      await lastEntryIs(page, 'Phân công xử lý');
      await screenshot(page, '73-dossier-assigned');
      // Back in the list of unassigned dossiers (the filters kept in the address), it is gone.
      await page.goBack();
      await page.getByRole('status').filter({ hasText: 'Không có hồ sơ nào cần xử lý.' }).waitFor();
    });

    // The specialist finds it in their own inbox and asks, once, for everything missing.
    await as('chuyenvien.kinhbac', async (page) => {
      await openInbox(page);
      await searchInbox(page, code);
      const row = inboxRow(page, code);
      await row.getByText('Đang giải quyết').waitFor();
      await row.getByRole('link', { name: code }).click();
      await stateIs(page, 'Đang xử lý');
      const dialog = await openAction(page, 'Yêu cầu bổ sung');
      // The first line takes the focus; Tab goes from the item to its reason.
      await page.keyboard.type('Tờ khai đăng ký khai sinh');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Thiếu chữ ký của người đi khai');
      await dialog.getByRole('button', { name: 'Thêm nội dung' }).click();
      await dialog.getByLabel('Nội dung cần bổ sung, dòng 2').fill('Giấy chứng sinh');
      await dialog.getByLabel('Lý do, dòng 2').fill('Bản chụp mờ, không đọc được');
      await screenshot(page, '74-supplement-request-dialog');
      await page.keyboard.press('Control+Enter');
      await done(page, dialog, 'Yêu cầu bổ sung');
      await stateIs(page, 'Yêu cầu bổ sung giấy tờ');
      const supplement = fact(page, 'Bổ sung hồ sơ');
      const asked = await dossierOf(counterApi, received.id);
      const closes = new Date(Date.parse(asked.processing.supplement?.closesAt as string) - 1);
      await supplement
        .getByText(
          `chờ người nộp bổ sung đến hết ngày ${formatDateTime(closes.toISOString()).slice(0, 10)}`,
        )
        .waitFor();
      expect(
        await supplement.getByRole('list', { name: 'Nội dung yêu cầu bổ sung' }).textContent(),
      ).toBe(
        'Tờ khai đăng ký khai sinh: Thiếu chữ ký của người đi khaiGiấy chứng sinh: Bản chụp mờ, không đọc được',
      );
      // Asked once: nothing is left for the specialist while the applicant is awaited.
      expect(await actionNames(page)).toEqual([]);
      await lastEntryIs(page, 'Yêu cầu bổ sung, hoàn thiện hồ sơ');
      await screenshot(page, '75-supplement-requested');
      // In the inbox it waits, its clock paused.
      await page.goBack();
      await inboxRow(page, code).getByText('Chờ bổ sung (tạm dừng tính thời gian)').waitFor();
      await inboxRow(page, code).getByText('Tạm dừng (chờ bổ sung)').waitFor();
      await screenshot(page, '76-specialist-inbox-paused');
    });

    // The applicant brings the papers to the counter, which records it: the clock starts again.
    await as('motcua.kinhbac', async (page) => {
      await counterList(page, submittedOn, 'Chờ bổ sung (tạm dừng tính thời gian)');
      await page.getByRole('link', { name: code, exact: true }).click();
      await stateIs(page, 'Yêu cầu bổ sung giấy tờ');
      await fact(page, 'Bổ sung hồ sơ').getByText('Giấy chứng sinh: Bản chụp mờ').waitFor();
      expect(await actionNames(page)).toEqual(['Ghi nhận đã bổ sung', 'Rút hồ sơ']);
      const dialog = await openAction(page, 'Ghi nhận đã bổ sung');
      await screenshot(page, '77-supplement-received-dialog');
      // A dialog that only confirms: Enter confirms.
      await page.keyboard.press('Enter');
      await done(page, dialog, 'Ghi nhận đã bổ sung');
      await stateIs(page, 'Đang xử lý');
      const supplemented = (await dossierOf(counterApi, received.id)).history.at(-1);
      expect(supplemented?.action).toBe('supplement');
      const newDue = await deadlineFrom(supplemented?.at as string, 1, 'working_days');
      expect(Date.parse(newDue)).toBeGreaterThan(Date.parse(firstDue));
      await expect
        .poll(() => fact(page, 'Hẹn trả kết quả').textContent())
        .toBe(formatDateTime(newDue));
      await fact(page, 'Bổ sung hồ sơ')
        .getByText(
          `Thời hạn giải quyết tính lại từ đầu: hẹn trả kết quả mới ${formatDateTime(newDue)} (hẹn cũ: ${formatDateTime(firstDue)})`,
        )
        .waitFor();
      await lastEntryIs(page, 'Người nộp đã bổ sung hồ sơ');
      await screenshot(page, '78-supplemented-clock-restarted');
    });

    // The specialist hands it on to the leader's step.
    await as('chuyenvien.kinhbac', async (page) => {
      await openInbox(page);
      await searchInbox(page, code);
      const row = inboxRow(page, code);
      await row.getByText('Đang giải quyết').waitFor();
      expect(await row.textContent()).toContain(formatDateTime(await newDueOf(received.id)));
      await row.getByRole('link', { name: code }).click();
      await stateIs(page, 'Đang xử lý');
      // Supplement and extension are once each: the supplement is no longer offered.
      expect(await actionNames(page)).not.toContain('Yêu cầu bổ sung');
      const dialog = await openAction(page, 'Chuyển bước tiếp theo');
      await page.keyboard.press('Enter');
      await done(page, dialog, 'Chuyển bước tiếp theo');
      expect(await fact(page, 'Bước hiện tại').textContent()).toContain(
        'Bước 3/4: Lãnh đạo Ủy ban nhân dân cấp xã ký Giấy khai sinh',
      );
      await lastEntryIs(page, 'Chuyển bước xử lý');
    });

    // The leader signs at the agency's last step (the counter's own "Vào sổ, trả kết quả" comes
    // with the hand-over of the result), attaching the signed result as a PDF. The code of the
    // result is the owner's ID number + the catalog's code of the result type.
    const [resultType] = await resultTypesOf(received);
    const documentCode = `${APPLICANT.idNumber}.${resultType?.resultTypeCode}`;
    expect(resultType?.resultTypeCode).toMatch(/^KQ\./);
    const resultPdf = tinyPdf(`ket-qua-${code}`);
    await as('lanhdao.kinhbac', async (page, browser) => {
      await openInbox(page);
      await searchInbox(page, code);
      const row = inboxRow(page, code);
      await row.getByText('Lãnh đạo Ủy ban nhân dân cấp xã ký Giấy khai sinh').waitFor();
      await row.getByRole('link', { name: code }).click();
      await stateIs(page, 'Đang xử lý');
      expect(await actionNames(page)).toContain('Phê duyệt');
      expect(await actionNames(page)).not.toContain('Chuyển bước tiếp theo');
      const dialog = await openAction(page, 'Phê duyệt');
      // The dialog starts on the result file; the code, left empty, is the system's to give.
      const pick = dialog.getByRole('button', { name: 'Chọn tệp PDF' });
      await expect.poll(() => pick.evaluate((node) => node === document.activeElement)).toBe(true);
      await dialog
        .getByText(`Không bắt buộc. Để trống, hệ thống tự gán: ${documentCode}`)
        .waitFor();
      await dialog.locator('input[type=file]').setInputFiles({
        name: 'giay-khai-sinh-da-ky.pdf',
        mimeType: 'application/pdf',
        buffer: resultPdf,
      });
      const file = dialog.getByTestId('result-file');
      await file.getByText('giay-khai-sinh-da-ky.pdf').waitFor();
      await file.getByRole('status').filter({ hasText: 'Đã tải lên' }).waitFor();
      expect(await file.textContent()).toMatch(/\d+ B/);
      // The file can be replaced until the dialog is sent.
      await dialog.getByRole('button', { name: 'Thay tệp khác' }).waitFor();
      // A code typed by hand is checked: a wrong one is refused on its field, naming the right one.
      const codeField = dialog.getByRole('textbox', { name: 'Mã kết quả' });
      await codeField.fill(`${APPLICANT.idNumber}.KQ.SAI`);
      await page.keyboard.press('Control+Enter');
      await dialog.getByText(`mã loại kết quả: ${documentCode}`).first().waitFor();
      expect(await codeField.getAttribute('aria-invalid')).toBe('true');
      await dialog.getByRole('button', { name: `Dùng mã ${documentCode}` }).waitFor();
      await screenshot(page, '79-approve-dialog');
      // Cleared, the code is the system's; Ctrl+Enter approves.
      await codeField.fill('');
      await page.keyboard.press('Control+Enter');
      await done(page, dialog, 'Phê duyệt');
      await stateIs(page, 'Đã xử lý xong');
      const result = fact(page, 'Kết quả');
      await result.getByText('Đã phê duyệt').waitFor();
      await result.getByText(`Mã kết quả: ${documentCode}`).waitFor();
      expect(await result.textContent()).toMatch(/Trước hạn|Đúng hạn/);
      expect((await dossierOf(counterApi, received.id)).processing.result?.documentCode).toBe(
        documentCode,
      );
      // The electronic result opens in a tab of its own, as the PDF the leader attached.
      const link = result.getByRole('link', { name: /Tệp kết quả điện tử/ });
      expect(await link.getAttribute('target')).toBe('_blank');
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).toBe(`/api/v1/dossiers/${received.id}/result-file`);
      const pdf = await browser.context.request.get(new URL(href, baseUrl).toString());
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);
      expect(Buffer.compare(await pdf.body(), resultPdf)).toBe(0);
      await lastEntryIs(page, 'Phê duyệt kết quả');
      await screenshot(page, '80-approved');
      // A correction would take a new file the same way; the dialog starts on its reason.
      const correct = await openAction(page, 'Đính chính kết quả');
      await correct.getByText('Tệp kết quả đã đính chính (PDF)').waitFor();
      await page.keyboard.type('x');
      expect(await correct.getByRole('textbox', { name: 'Lý do' }).inputValue()).toBe('x');
      await page.keyboard.press('Escape');
      await correct.waitFor({ state: 'detached' });
      // Decided, it has left the agency's inbox.
      await page.goBack();
      await page.getByRole('status').filter({ hasText: 'Không có hồ sơ nào cần xử lý.' }).waitFor();
    });

    // The counter hands the result over.
    await as('motcua.kinhbac', async (page) => {
      await counterList(page, submittedOn, 'Đã có kết quả');
      await page.getByRole('link', { name: code, exact: true }).click();
      await stateIs(page, 'Đã xử lý xong');
      const dialog = await openAction(page, 'Trả kết quả');
      const channel = dialog.getByRole('combobox', { name: 'Hình thức trả kết quả' });
      expect(await channel.inputValue()).toBe('Tại quầy');
      await page.keyboard.press('Control+Enter');
      await done(page, dialog, 'Trả kết quả');
      await stateIs(page, 'Đã trả kết quả');
      await fact(page, 'Trả kết quả')
        .getByText(/^Đã trả kết quả lúc \d{2}\/\d{2}\/\d{4}/)
        .waitFor();
      expect(await actionNames(page)).toEqual([]);
      expect(await timeline(page)).toEqual([
        'Tiếp nhận hồ sơ',
        'Phân công xử lý',
        'Yêu cầu bổ sung, hoàn thiện hồ sơ',
        'Người nộp đã bổ sung hồ sơ',
        'Chuyển bước xử lý',
        'Phê duyệt kết quả',
        'Trả kết quả',
      ]);
      await screenshot(page, '81-result-returned');
    });

    async function newDueOf(id: string): Promise<string> {
      return (await dossierOf(counterApi, id)).dueAt as string;
    }
  }, 240_000);

  it('the specialist asks in time for more time, once; the centre grants it; the applicant sees the new date', async () => {
    const counterApi = await signInApi('motcua.kinhbac');
    const leaderApi = await signInApi('lanhdao.kinhbac');
    const specialistApi = await signInApi('chuyenvien.kinhbac');
    // A re-registration of birth (5 working days), and a birth registration (1 working day)
    // already given to the specialist.
    const dossier = await receivedDossier(counterApi, '1.004884', 4, APPLICANT);
    const code = dossier.code as string;
    const oldDue = dossier.dueAt as string;
    const short = await actOn(
      leaderApi,
      await receivedDossier(counterApi, '1.001193', 3, APPLICANT),
      { action: 'assign', handlerId: specialistApi.userId },
    );
    const url = `${baseUrl}/tiep-nhan-ho-so/${dossier.id}`;
    const reason = 'Chờ kết quả xác minh của Công an phường về nơi sinh';
    let proposed = '';

    await as('chuyenvien.kinhbac', async (page) => {
      // One working day before the due time at the latest: a dossier due within it cannot, and
      // the page does not offer what the rules would refuse.
      await openInbox(page);
      await searchInbox(page, short.code as string);
      await inboxRow(page, short.code as string)
        .getByRole('link', { name: short.code as string })
        .click();
      await stateIs(page, 'Đang xử lý');
      await actions(page).getByRole('button', { name: 'Chuyển bước tiếp theo' }).waitFor();
      expect(await actionNames(page)).not.toContain('Đề nghị gia hạn');
      await screenshot(page, '82-extension-not-offered');

      // The other one, still nobody's, the specialist takes from the agency's inbox.
      await openInbox(page);
      await scope(page, 'Của cơ quan');
      await searchInbox(page, code);
      await inboxRow(page, code).getByText('Chưa phân công').waitFor();
      await inboxRow(page, code).getByRole('link', { name: code }).click();
      const claim = await openAction(page, 'Nhận xử lý');
      await page.keyboard.press('Enter');
      await done(page, claim, 'Nhận xử lý');
      expect(await fact(page, 'Người xử lý').textContent()).toBe(SPECIALIST);

      const dialog = await openAction(page, 'Đề nghị gia hạn');
      // The reason takes the focus; Tab leads to how many working days more.
      await page.keyboard.type(reason);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('2');
      expect(await dialog.getByLabel(/Thời gian gia hạn thêm/).inputValue()).toBe('2');
      await screenshot(page, '83-extension-request-dialog');
      await page.keyboard.press('Control+Enter');
      await done(page, dialog, 'Đề nghị gia hạn');
      proposed = await deadlineFrom(oldDue, 2, 'working_days');
      const extension = fact(page, 'Gia hạn');
      await extension
        .getByText(`Đề nghị gia hạn đến ${formatDateTime(proposed)}, chờ quyết định`)
        .waitFor();
      await extension.getByText(`Lý do: ${reason}`).waitFor();
      // Until the centre decides, the due date stands; and it is asked only once.
      expect(await fact(page, 'Hẹn trả kết quả').textContent()).toBe(formatDateTime(oldDue));
      expect(await actionNames(page)).not.toContain('Đề nghị gia hạn');
      await lastEntryIs(page, 'Xin lỗi và đề nghị gia hạn');
      await screenshot(page, '84-extension-requested');
    });

    // The centre's supervisor, from the dossier's address (the centre has no list of requests).
    await as('giamsat.tinh', async (page, browser) => {
      await page.goto(url);
      await stateIs(page, 'Đang xử lý');
      expect(await actionNames(page)).toEqual(['Quyết định gia hạn']);
      const dialog = await openAction(page, 'Quyết định gia hạn');
      // What is to be decided is in the dialog itself: the date asked for, and why.
      const request = dialog.getByTestId('extension-request');
      await request.getByText(`gia hạn đến ${formatDateTime(proposed)}`).waitFor();
      await request.getByText(`Hẹn trả kết quả hiện tại: ${formatDateTime(oldDue)}`).waitFor();
      await request.getByText(`Lý do: ${reason}`).waitFor();
      // Approval is the answer offered first.
      expect(await dialog.getByRole('radio', { name: 'Chấp thuận', exact: true }).isChecked()).toBe(
        true,
      );
      await dialog.getByLabel('Ghi chú').fill('Đồng ý gia hạn 02 ngày làm việc');
      await screenshot(page, '85-extension-decision-dialog');
      await dialog.getByRole('button', { name: 'Quyết định gia hạn' }).click();
      await done(page, dialog, 'Quyết định gia hạn');
      // The new due date replaces the old one.
      await expect
        .poll(() => fact(page, 'Hẹn trả kết quả').textContent())
        .toBe(formatDateTime(proposed));
      const extension = fact(page, 'Gia hạn');
      await extension
        .getByText(
          `Đã được gia hạn đến ${formatDateTime(proposed)} (hẹn cũ: ${formatDateTime(oldDue)})`,
        )
        .waitFor();
      await extension.getByText('Ý kiến của Trung tâm: Đồng ý gia hạn 02 ngày làm việc').waitFor();
      expect(await actionNames(page)).toEqual([]);
      await lastEntryIs(page, 'Quyết định gia hạn');
      await screenshot(page, '86-extension-approved');

      // The apology to the applicant (Form 04) prints from the dossier page, as a PDF.
      const form04 = page.getByRole('link', { name: /\(Mẫu 04\)/ });
      expect(await form04.getAttribute('target')).toBe('_blank');
      const href = (await form04.getAttribute('href')) ?? '';
      expect(href).toMatch(/\/api\/v1\/dossiers\/[0-9a-f-]{36}\/forms\/04$/);
      const pdf = await browser.context.request.get(new URL(href, baseUrl).toString());
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);
      const bytes = await pdf.body();
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = (await readPdf(bytes)).map((p) => p.text.normalize('NFC')).join(' ');
      expect(text).toContain(code);
      expect(text).toContain('xin lỗi ông/bà');
    });

    // The applicant, looking the dossier up with their ID number, sees the new appointment.
    const citizen = await openBrowser();
    try {
      const page = citizen.page;
      await page.goto(`${baseUrl}/tra-cuu/${code}`);
      await page.getByLabel('Số định danh cá nhân hoặc số điện thoại').fill(APPLICANT.idNumber);
      await page.getByRole('button', { name: 'Xem chi tiết' }).click();
      const appointment = page
        .locator('dt', { hasText: /^Ngày hẹn trả kết quả$/ })
        .locator('xpath=following-sibling::dd[1]');
      await expect.poll(() => appointment.textContent()).toBe(formatDateTime(proposed));
      await screenshot(page, '87-lookup-extended');
    } finally {
      await citizen.close();
    }
  }, 240_000);
});
