import { inject } from 'vitest';
import type { DossierDetail } from '../../src/server/features/dossiers/dossiers.contract.js';
import { stableId } from '../../src/server/seed/stable-id.js';

/**
 * What a journey needs done before its first page, or read back to check a page against, through
 * the same HTTP API the pages use, signed in as a demo officer.
 */

const baseUrl = inject('baseUrl');
export const DEMO_PASSWORD = 'Demo@2025';
/** The counter of the Kinh Bắc commune centre, where motcua.kinhbac works. */
export const KINH_BAC_COUNTER = stableId('agency:commune-centre:09187');

export interface Officer {
  cookie: string;
  csrfToken: string;
  userId: string;
}

export async function signInApi(username: string): Promise<Officer> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login ${username}: ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const body = (await login.json()) as { csrfToken: string; user: { id: string } };
  return { cookie, csrfToken: body.csrfToken, userId: body.user.id };
}

async function call<T>(officer: Officer, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      cookie: officer.cookie,
      'x-csrf-token': officer.csrfToken,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export interface Applicant {
  name: string;
  idNumber: string;
  phone: string;
}

/**
 * A dossier received complete at the Kinh Bắc counter (intake through the page is the journey of
 * intake.e2e.test.ts). Every component of the procedure is ticked as provided. With `byPost`, it
 * came by post and its hand-over record was signed then: its clock started at that time.
 */
export async function receivedDossier(
  counter: Officer,
  procedureCode: string,
  components: number,
  applicant: Applicant,
  byPost?: { handedOverAt: string },
): Promise<DossierDetail> {
  return call<DossierDetail>(counter, 'POST', '/api/v1/dossiers', {
    outcome: 'received',
    ...(byPost
      ? {
          channel: 'post',
          postal: { slipNumber: 'EB125966880VN', handedOverAt: byPost.handedOverAt },
        }
      : {}),
    receivingAgencyId: KINH_BAC_COUNTER,
    procedureCode,
    applicant: {
      kind: 'citizen',
      name: applicant.name,
      idNumber: applicant.idNumber,
      address: { unitCode: '09187', detail: 'Số 9 đường Lý Thái Tổ' },
      phone: applicant.phone,
    },
    components: Array.from({ length: components }, (_, index) => ({ index, provided: true })),
    returnChannel: 'counter',
  });
}

export function dossierOf(officer: Officer, id: string): Promise<DossierDetail> {
  return call<DossierDetail>(officer, 'GET', `/api/v1/dossiers/${id}`);
}

export function actOn(
  officer: Officer,
  dossier: { id: string; version: number },
  body: Record<string, unknown>,
): Promise<DossierDetail> {
  return call<DossierDetail>(officer, 'POST', `/api/v1/dossiers/${dossier.id}/actions`, {
    version: dossier.version,
    ...body,
  });
}

/**
 * The result types of the procedure version a dossier was received under, as the catalog
 * publishes them: the approval's document code is the owner's ID number + the type's code.
 */
export async function resultTypesOf(
  dossier: Pick<DossierDetail, 'procedure'>,
): Promise<{ name: string; resultTypeCode: string | null }[]> {
  const { code, versionNo } = dossier.procedure;
  const res = await fetch(`${baseUrl}/api/v1/procedures/${code}?version=${versionNo}`);
  if (!res.ok) throw new Error(`procedure ${code}: ${res.status} ${await res.text()}`);
  return (
    (await res.json()) as {
      content: { results: { name: string; resultTypeCode: string | null }[] };
    }
  ).content.results;
}

/** The due instant of `amount` units from `start`, by the server's working calendar. */
export async function deadlineFrom(start: string, amount: number, unit: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/calendar/deadline`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ start, amount, unit }),
  });
  if (!res.ok) throw new Error(`deadline: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { due: string }).due;
}

/** Working minutes between two instants, by the server's working calendar. */
export async function workingMinutes(from: string, to: string): Promise<number> {
  const res = await fetch(`${baseUrl}/api/v1/calendar/elapsed`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ from, to }),
  });
  if (!res.ok) throw new Error(`elapsed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { workingMinutes: number }).workingMinutes;
}

/**
 * The latest whole hour back from now with at least `minutes` of working time since: a postal
 * hand-over then has a clock that has visibly run, whatever the time of day the journey runs.
 */
export async function workedAgo(minutes: number): Promise<string> {
  const now = Date.now();
  for (let hours = 1; hours <= 29 * 24; hours++) {
    const at = new Date(now - hours * 3_600_000).toISOString();
    if ((await workingMinutes(at, new Date(now).toISOString())) >= minutes) return at;
  }
  throw new Error(`no ${minutes} working minutes in the last 29 days`);
}
