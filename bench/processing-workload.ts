import { sql } from 'kysely';
import { CatalogDocument } from '../src/domain/catalog/procedure.js';
import { NATIONAL_STATUS_OF } from '../src/domain/dossier/states.js';
import type { Database } from '../src/server/db/database.js';
import { importDocument } from '../src/server/features/catalog/catalog.service.js';
import { intake } from '../src/server/features/dossiers/dossier-intake.service.js';
import { IntakeBody } from '../src/server/features/dossiers/dossiers.contract.js';
import { activeUserActor } from '../src/server/features/users/users.queries.js';
import { seedDemo } from '../src/server/seed/seed.service.js';
import { stableId } from '../src/server/seed/stable-id.js';
import { buildProcedureContent, threeStepProcess } from '../test/support/procedures.js';
import { BENCH_PROCEDURE, intakeBody } from './dossier-workload.js';

/**
 * Dossiers for the processing benchmarks (issue 6), written straight into the tables with
 * set-based SQL: every row is a copy of one dossier taken through the real counter intake (so
 * its procedure, components, process and time limit are what intake writes), with its own code,
 * applicant, agencies, state, handler, step and dates.
 */

/** Phường Kinh Bắc, the agency whose officers the benchmarks sign in as. */
export const BUSY_AGENCY = stableId('agency:commune:09187');
export const BUSY_CENTRE = stableId('agency:commune-centre:09187');
export const SPECIALIST = stableId('demo-user:kinhbac:specialist');
export const LEADER = stableId('demo-user:kinhbac:leader');
/** The agency asked for an opinion by the `consult` transitions. */
export const CONSULTED_AGENCY = stableId('agency:so-tu-phap');

/** Handlers of the busy agency (the demo specialist is one of them) and of every other commune. */
const BUSY_HANDLERS = 20;
const HANDLERS_PER_COMMUNE = 5;

/**
 * Demo accounts, the benchmarks' commune procedure with a time limit of `workingDays` and a
 * three-step process (reception, appraisal by a specialist, signature by a leader), handlers at
 * every commune, and one dossier received at the counter of Kinh Bắc through the intake service:
 * the template of the others.
 */
export async function prepareProcessing(
  database: Database,
  workingDays = 1,
): Promise<{ templateId: string }> {
  const { db } = database;
  const timeLimit = { amount: workingDays, unit: 'working_days' as const };
  await seedDemo(db);
  await importDocument(
    db,
    { kind: 'system', id: 'bench', scopes: ['catalog.manage'], agencyPath: '/' },
    CatalogDocument.parse({
      format: 'motcua.catalog/1',
      procedures: [
        {
          nationalCode: BENCH_PROCEDURE,
          validFrom: '2025-07-01',
          content: buildProcedureContent({
            timeLimit,
            ways: (['counter', 'online', 'post'] as const).map((channel) => ({
              channel,
              timeLimit,
              fees: [],
            })),
          }),
          processes: [{ agencyId: null, steps: threeStepProcess(workingDays) }],
        },
      ],
    }),
  );
  // Handlers: specialists of each commune, with the demo password (the inbox suite signs in as
  // some of Kinh Bắc's).
  await sql`
    WITH c AS (SELECT id, admin_unit_code AS unit, (id = ${BUSY_AGENCY}) AS busy FROM agencies
      WHERE kind = 'commune'),
    u AS (INSERT INTO users (id, username, full_name, email, agency_id, password_hash)
      SELECT gen_random_uuid(), 'bench.' || c.unit || '.' || k, 'Cán bộ xử lý ' || c.unit || ' số ' || k,
        NULL, c.id, (SELECT password_hash FROM users WHERE id = ${SPECIALIST})
      FROM c, generate_series(1, CASE WHEN c.busy THEN ${BUSY_HANDLERS - 1}::int ELSE ${HANDLERS_PER_COMMUNE}::int END) k
      RETURNING id, agency_id)
    INSERT INTO role_grants (user_id, role, agency_id) SELECT id, 'specialist', agency_id FROM u`.execute(
    db,
  );
  const counter = await activeUserActor(db, stableId('demo-user:tinh:counter_officer'));
  if (!counter) throw new Error('the demo counter officer is missing');
  const { dossierId } = await intake(
    db,
    counter,
    IntakeBody.parse(JSON.parse(intakeBody(0, 0))),
    undefined,
  );
  return { templateId: dossierId };
}

/** `CASE state WHEN ... THEN <national status>`, from the domain's table. */
const nationalStatusOf = (state: string) =>
  `CASE ${state} ${Object.entries(NATIONAL_STATUS_OF)
    .map(([s, n]) => `WHEN '${s}' THEN ${n}`)
    .join(' ')} END`;

/**
 * The columns of a generated dossier, from `x` (one row per dossier: i, agency, centre,
 * agency_code, state, handler, received, due, with `tpl` the template) as INSERT ... SELECT
 * lists them. Processing facts follow the state: a handler and the appraisal step once someone
 * works on it, the supplement request while the applicant is awaited, the result once decided.
 */
const COLUMNS = sql.raw(`id, code, state, national_status, version, channel, return_channel,
  procedure_version_id, procedure_code, procedure_name, receiving_agency_id, competent_agency_id,
  applicant, applicant_name, applicant_id_number, applicant_phone, components, process, time_limit,
  submitted_at, received_at, due_at, transfer_due_at, created_by, created_at, updated_at,
  handler_id, step_index, step_started_at, step_due_at, clock_started_at, processing, decided_at,
  returned_at`);

const ms = (t: string) => `(extract(epoch FROM ${t}) * 1000)::bigint`;

const VALUES = sql.raw(`gen_random_uuid(),
  x.agency_code || '-' || to_char(x.received AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYMMDD') || '-' || lpad(x.i::text, 7, '0'),
  x.state, ${nationalStatusOf('x.state')},
  CASE x.state WHEN 'received' THEN 1 WHEN 'in_progress' THEN 2 WHEN 'awaiting_supplement' THEN 3 ELSE 5 END,
  tpl.channel, tpl.return_channel, tpl.procedure_version_id, tpl.procedure_code, tpl.procedure_name,
  x.centre, x.agency,
  jsonb_build_object('kind', 'citizen', 'name', 'Nguyễn Văn Thử ' || x.i,
    'idNumber', '0270' || lpad(x.i::text, 8, '0'), 'phone', '0912345678', 'proxy', NULL,
    'address', jsonb_build_object('unitCode', x.unit_code, 'detail', 'Số ' || (x.i % 200 + 1) || ' đường Lý Thái Tổ')),
  'Nguyễn Văn Thử ' || x.i, '0270' || lpad(x.i::text, 8, '0'), '0912345678',
  tpl.components, tpl.process, tpl.time_limit,
  x.received, x.received, x.due, x.due, tpl.created_by, x.received, x.received,
  CASE WHEN x.state <> 'received' THEN x.handler END,
  CASE x.state WHEN 'received' THEN NULL WHEN 'in_progress' THEN 1 WHEN 'awaiting_supplement' THEN 1 ELSE 2 END,
  CASE WHEN x.state <> 'received' THEN x.received + interval '1 hour' END,
  CASE WHEN x.state <> 'received' THEN least(x.due, x.received + interval '1 day') END,
  x.received,
  CASE x.state
    WHEN 'received' THEN '{}'::jsonb
    WHEN 'in_progress' THEN '{"supplement":null,"extension":null,"consultations":[],"result":null,"returnChannel":null}'::jsonb
    WHEN 'awaiting_supplement' THEN jsonb_build_object('supplement', jsonb_build_object(
        'requestedAt', ${ms("x.received + interval '2 hours'")},
        'closesAt', ${ms("x.received + interval '2 hours' + interval '15 days'")}, 'answeredAt', NULL),
      'extension', NULL, 'consultations', '[]'::jsonb, 'result', NULL, 'returnChannel', NULL)
    WHEN 'decided' THEN jsonb_build_object('supplement', NULL, 'extension', NULL, 'consultations', '[]'::jsonb,
      'result', jsonb_build_object('kind', 'granted', 'documentCode', '0270' || lpad(x.i::text, 8, '0') || '.KQ.HT.KS',
        'decidedAt', ${ms("x.received + interval '20 hours'")}, 'timeliness', 'on_time'), 'returnChannel', NULL)
    WHEN 'returned' THEN jsonb_build_object('supplement', NULL, 'extension', NULL, 'consultations', '[]'::jsonb,
      'result', jsonb_build_object('kind', 'granted', 'documentCode', '0270' || lpad(x.i::text, 8, '0') || '.KQ.HT.KS',
        'decidedAt', ${ms("x.received + interval '20 hours'")}, 'timeliness', 'on_time'), 'returnChannel', 'counter')
    ELSE jsonb_build_object('supplement', NULL, 'extension', NULL, 'consultations', '[]'::jsonb, 'result', NULL,
      'returnChannel', NULL)
  END,
  CASE WHEN x.state IN ('decided', 'returned') THEN x.received + interval '20 hours' END,
  CASE WHEN x.state = 'returned' THEN x.received + interval '1 day' END`);

/** A uniform number in [0, n) for row i and a salt, the same at every run. */
const hash = (salt: number, n: number) =>
  sql.raw(`((hashint8(i::bigint * 7 + ${salt})::bigint + 2147483648) % ${n})`);

/**
 * `count` dossiers received at Kinh Bắc's counter and not yet assigned (version 1), the ones the
 * transition benchmark moves: claimed, consulted, answered, handed to the next step.
 */
export async function insertReceived(database: Database, templateId: string, count: number) {
  await sql`
    WITH tpl AS (SELECT * FROM dossiers WHERE id = ${templateId}),
    x AS (SELECT i, ${BUSY_AGENCY}::uuid AS agency, ${BUSY_CENTRE}::uuid AS centre,
        a.code AS agency_code, a.admin_unit_code AS unit_code, 'received'::text AS state,
        NULL::uuid AS handler,
        now() - interval '2 hours' - ${hash(1, 3600)} * interval '1 second' AS received,
        now() + interval '1 day' + ${hash(2, 3600)} * interval '1 second' AS due
      FROM generate_series(1, ${count}::int) i, agencies a WHERE a.id = ${BUSY_CENTRE})
    INSERT INTO dossiers (${COLUMNS})
    SELECT ${VALUES} FROM x, tpl`.execute(database.db);
  await insertReceipts(database);
}

/** The history's first entry of every generated dossier (the template has its own already). */
async function insertReceipts(database: Database) {
  await sql`
    INSERT INTO dossier_events (dossier_id, at, action, from_state, to_state, national_status,
      actor_type, actor_id, data)
    SELECT d.id, d.received_at, 'receive', NULL, 'received', 2, 'user', d.created_by,
      jsonb_build_object('channel', d.channel, 'receivedAt', d.received_at, 'dueAt', d.due_at)
    FROM dossiers d WHERE NOT EXISTS (SELECT FROM dossier_events e WHERE e.dossier_id = d.id)`.execute(
    database.db,
  );
}

/** The inbox benchmark's province: its size, and what the busy agency holds. */
export const INBOX_TOTAL = 1_000_000;
export const INBOX_OPEN = 50_000;
/** The last dossiers received, over the last 40 days; half of them at the busy agency. */
const RECENT = 2 * INBOX_OPEN;
/** One older dossier in this many is the busy agency's (closed, like every older one). */
const BUSY_OLDER_EVERY = 18;
/** Share of the other agencies' recent dossiers still open, in per mille. */
const OTHERS_OPEN_PER_MILLE = 600;

/**
 * The province for the inbox: `INBOX_TOTAL` dossiers received over two years, written in the
 * order they were received (as intake writes them, so the table's physical order follows time).
 * The last `RECENT` were received in the last 40 days: every other one at Kinh Bắc, whose
 * `INBOX_OPEN` are all still open (10% received and unassigned, 80% in progress with one of its
 * 20 handlers, 10% awaiting a supplement), due about 25 working days after receipt, so from a
 * few days ago to a month ahead and every degree of urgency has dossiers, a few without a due
 * time; the rest are spread over the other communes, 60% of them open. Older dossiers are
 * closed: returned, decided, withdrawn or closed unsupplemented. Written in slices on parallel
 * connections; `settle` then runs VACUUM ANALYZE.
 */
export async function insertProvince(database: Database, templateId: string) {
  // The template is the last of the busy agency's open dossiers: one fewer to write.
  const count = INBOX_TOTAL - 1;
  const slices = 2;
  const per = Math.ceil(count / slices);
  await Promise.all(
    Array.from({ length: slices }, (_, s) =>
      provinceSlice(templateId, s * per + 1, Math.min(count, (s + 1) * per)).execute(database.db),
    ),
  );
}

/** Dossiers number `from` to `to` of the province, in the order they were received. */
function provinceSlice(templateId: string, from: number, to: number) {
  const older = INBOX_TOTAL - RECENT;
  return sql`
    WITH tpl AS (SELECT * FROM dossiers WHERE id = ${templateId}),
    c AS (SELECT array_agg(c.id ORDER BY c.code) AS ids, array_agg(s.id ORDER BY c.code) AS centres,
        array_agg(s.code ORDER BY c.code) AS codes, array_agg(c.admin_unit_code ORDER BY c.code) AS units,
        count(*)::int AS n
      FROM agencies c JOIN agencies s ON s.parent_id = c.id AND s.kind = 'service_centre'
      WHERE c.kind = 'commune' AND c.id <> ${BUSY_AGENCY}),
    busy AS (SELECT s.code, c.admin_unit_code AS unit FROM agencies c JOIN agencies s ON s.id = ${BUSY_CENTRE}
      WHERE c.id = ${BUSY_AGENCY}),
    h AS (SELECT agency_id, array_agg(id ORDER BY username) AS ids, count(*)::int AS n FROM users
      WHERE username LIKE 'bench.%' OR id = ${SPECIALIST} GROUP BY agency_id),
    g AS (SELECT i, ${hash(1, 1000)} AS r, ${hash(2, 4 * 24 * 3600)} AS jitter_s,
        ${hash(3, 1000)} AS r2, ${hash(4, 1_000_000)} AS k_raw,
        CASE WHEN i > ${older} THEN i % 2 = 0 ELSE i % ${BUSY_OLDER_EVERY}::int = 0 END AS busy,
        CASE WHEN i > ${older}
          THEN now() - interval '40 days' * (${INBOX_TOTAL}::int - i) / ${RECENT}::int
          ELSE now() - interval '40 days' - interval '690 days' * (${older}::int - i) / ${older}::int
        END AS received
      FROM generate_series(${from}::int, ${to}::int) i),
    y AS (SELECT g.*,
        CASE WHEN g.i <= ${older} THEN false WHEN g.busy THEN true ELSE g.r < ${OTHERS_OPEN_PER_MILLE} END AS open,
        CASE WHEN g.busy THEN ${BUSY_AGENCY}::uuid ELSE c.ids[1 + g.k_raw % c.n] END AS agency,
        CASE WHEN g.busy THEN ${BUSY_CENTRE}::uuid ELSE c.centres[1 + g.k_raw % c.n] END AS centre,
        CASE WHEN g.busy THEN busy.code ELSE c.codes[1 + g.k_raw % c.n] END AS agency_code,
        CASE WHEN g.busy THEN busy.unit ELSE c.units[1 + g.k_raw % c.n] END AS unit_code
      FROM g, c, busy),
    x AS (SELECT y.i, y.agency, y.centre, y.agency_code, y.unit_code, y.received,
        CASE WHEN y.open THEN
          CASE WHEN y.r2 < 100 THEN 'received' WHEN y.r2 < 900 THEN 'in_progress' ELSE 'awaiting_supplement' END
        ELSE
          CASE WHEN y.r2 < 850 THEN 'returned' WHEN y.r2 < 920 THEN 'decided'
            WHEN y.r2 < 960 THEN 'withdrawn' ELSE 'closed_unsupplemented' END
        END AS state,
        h.ids[1 + (y.k_raw / 7) % h.n] AS handler,
        CASE WHEN y.open AND y.r = 999 THEN NULL
          ELSE y.received + interval '34 days' + y.jitter_s * interval '1 second' END AS due
      FROM y JOIN h ON h.agency_id = y.agency)
    INSERT INTO dossiers (${COLUMNS})
    SELECT ${VALUES} FROM x, tpl`;
}

/** Statistics and the visibility map for the rows just written, then a quiet start. */
export async function settle(database: Database) {
  await sql`VACUUM (ANALYZE) dossiers`.execute(database.db);
  await sql`ANALYZE`.execute(database.db);
  await sql`CHECKPOINT`.execute(database.db);
}
