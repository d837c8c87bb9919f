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
