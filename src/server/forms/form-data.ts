/**
 * What each official form prints (domain.md §4, Thông tư 03/2025 numbering, unconfirmed). The
 * dossiers feature fills these from its rows; the form modules only lay them out. Instants are
 * ISO 8601 strings; they are printed in Asia/Ho_Chi_Minh with vi-VN conventions. Money is integer VND.
 */

/** The agency that issues the form, as printed at the top left, with its parent above it. */
export interface IssuingAgency {
  name: string;
  parentName: string | null;
  /** The place name printed before the date: "Bắc Ninh, ngày … tháng … năm …". */
  place: string;
}

export interface ApplicantOnForm {
  name: string;
  /** Personal ID number, or an organisation's tax code. */
  idNumber: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  /** A proxy acting for the applicant, printed as "Người được ủy quyền". */
  proxyName?: string | null;
}

export interface ProcedureOnForm {
  nationalCode: string;
  name: string;
}

export interface ComponentOnForm {
  name: string;
  originals: number;
  copies: number;
  /** Scans attached to this component at intake. */
  scans: number;
}

/** Form 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (A5). */
export interface ReceiptFormData {
  agency: IssuingAgency;
  code: string;
  procedure: ProcedureOnForm;
  applicant: ApplicantOnForm;
  components: ComponentOnForm[];
  receivedAt: string;
  dueAt: string;
  /** 'counter' | 'post' | 'online': how the result goes back. */
  returnChannel: 'counter' | 'post' | 'online';
  /** The competent agency that decides, when other than the receiving one. */
  competentAgencyName: string;
  fees: { name: string; amountVnd: number }[];
  /** Address of the public lookup page for this dossier, encoded in the QR code. */
  lookupUrl: string;
  officerName: string;
}

/**
 * After appraisal (domain.md §4 "Processing"), Forms 02 and 03 come from the competent agency for
 * a dossier it has taken on: they say when it was received, and Form 02 by when to answer.
 */
export interface AfterAppraisal {
  /** When the dossier was received (the time on its receipt). */
  receivedAt: string;
  /** Form 02: the applicant must answer by then, or the dossier is closed (Form 05). */
  replyBy?: string | null;
}

/** Form 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (A5): everything missing or wrong, once. */
export interface SupplementFormData {
  agency: IssuingAgency;
  /** The dossier code, or null when nothing was received (incomplete at the counter). */
  code: string | null;
  reference: string;
  procedure: ProcedureOnForm;
  applicant: ApplicantOnForm;
  items: { name: string; reason: string }[];
  note: string | null;
  issuedAt: string;
  officerName: string;
  /** Set when the specialist asks after appraisal; absent at the counter. */
  afterAppraisal?: AfterAppraisal | null;
}

/** Form 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ (A5). */
export interface RefusalFormData {
  agency: IssuingAgency;
  code: string | null;
  reference: string;
  procedure: ProcedureOnForm;
  applicant: ApplicantOnForm;
  reasons: string[];
  issuedAt: string;
  officerName: string;
  /** Set when the dossier is refused after appraisal (the refusal is its result). */
  afterAppraisal?: AfterAppraisal | null;
}

/** What every form about a received dossier says of it: whose, which, since when, due when. */
export interface DossierOnForm {
  code: string | null;
  reference: string;
  procedure: ProcedureOnForm;
  applicant: ApplicantOnForm;
  /** When it was received; for an online dossier not yet accepted, when it was submitted. */
  receivedAt: string;
}

/** Form 04 — Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (A5). */
export interface ExtensionFormData {
  /** The competent agency, which apologises and asks for the time. */
  agency: IssuingAgency;
  dossier: DossierOnForm;
  /** The centre that decides the new due date (domain.md §4 "Likely late"). */
  decidingAgencyName: string;
  requestedAt: string;
  reason: string;
  /** The due date in force when the extension was asked. */
  previousDueAt: string;
  /** The due date asked for. */
  proposedDueAt: string;
  decision: {
    approved: boolean;
    /** Approved: the new due date; rejected: the due date that stays. */
    dueAt: string | null;
    decidedAt: string;
    note: string | null;
  } | null;
}

/** Why a dossier is stopped (Form 05): withdrawn by the applicant, or not supplemented in time. */
export type StopReason =
  | {
      kind: 'withdrawn';
      reason: string;
      /** Asked at the counter, or on the national portal (DVCQG). */
      source: 'applicant' | 'dvcqg';
      /** When the applicant asked, if it reached the office later (a request from DVCQG). */
      requestedAt: string | null;
    }
  | {
      kind: 'not_supplemented';
      /** When Form 02 after appraisal was issued. */
      supplementRequestedAt: string;
      /** The last moment to answer, which passed. */
      replyBy: string | null;
      /** The days the applicant had (15). */
      replyDays: number;
      items: { name: string; reason: string }[];
    };

/** Form 05 — Thông báo dừng giải quyết hồ sơ (A5). */
export interface StopFormData {
  agency: IssuingAgency;
  dossier: DossierOnForm;
  stoppedAt: string;
  stop: StopReason;
  officerName: string | null;
}

/** One side of a hand-over on Form 06: an agency, a person, or both. */
export interface HandOverParty {
  agency: string | null;
  person: string | null;
}

/** One hand-over of the dossier, a row of Form 06. */
export interface HandOverRow {
  /** Null while it has not happened yet (the paper dossier still on its way). */
  at: string | null;
  /** What was handed over, in words ("Chuyển từ bước Thẩm định sang bước Phê duyệt, ký"). */
  what: string;
  /** A second line under `what`: a deadline given, a reason, a document code. */
  note: string | null;
  from: HandOverParty;
  to: HandOverParty;
  /** By when the giver's part was due; null when it had no deadline. */
  dueAt: string | null;
  /** Whether the giver's part was done by `dueAt`; null when there is nothing to judge. */
  onTime: boolean | null;
}

/** Form 06 — Phiếu kiểm soát quá trình giải quyết hồ sơ (A5 landscape). */
export interface ControlSheetFormData {
  /** The receiving centre, which opens the sheet at receipt. */
  agency: IssuingAgency;
  dossier: DossierOnForm;
  receivingAgencyName: string;
  competentAgencyName: string;
  /** The due date in force. */
  dueAt: string | null;
  rows: HandOverRow[];
  /** Lines under the table: an extension asked and decided. */
  notes: string[];
  /** The last change written on the sheet: its metadata date, so a reprint is the same. */
  asOf: string;
}

/** One line of Form 07 — Sổ theo dõi hồ sơ (register, A4 landscape). */
export interface RegisterRow {
  code: string;
  procedureName: string;
  applicantName: string;
  applicantAddress: string | null;
  applicantPhone: string | null;
  channel: 'counter' | 'post' | 'online';
  receivedAt: string;
  /** Null for a dossier not received (returned as incomplete, refused, awaiting acceptance). */
  dueAt: string | null;
  competentAgencyName: string;
  /** The national status in words (NATIONAL_STATUS), e.g. "Được tiếp nhận". */
  status: string;
  /** When the result was returned, once it is (later issues). */
  returnedAt: string | null;
  note: string | null;
}

export interface RegisterFormData {
  agency: IssuingAgency;
  /** Local dates YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  rows: RegisterRow[];
  generatedAt: string;
}
