import { type Kysely, sql } from 'kysely';
import { SEEDED_SCHEME, SEEDED_TARGETS } from './0018_seeded_settings.js';

/**
 * The service index's scheme (Quyết định 766: groups, indicators, points, targets) and the plan's
 * targets as versioned data an administrator edits (issue 7), one row per version with the date it
 * applies from. Their contents are jsonb, checked by the domain's zod schemas before every write.
 * Seeded with what motcua shipped as code, so that an installation behaves as before. A new kind
 * of reference revision, `indicators`, is bumped by every change (decision 0009), so that every
 * server instance drops what it kept of them.
 */
const TABLES = ['index_schemes', 'plan_targets'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE index_schemes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      version_name text NOT NULL,
      valid_from date NOT NULL,
      source text NOT NULL,
      groups jsonb NOT NULL CHECK (jsonb_typeof(groups) = 'array'),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      created_by uuid,
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid,
      CONSTRAINT index_schemes_valid_from_key UNIQUE (valid_from),
      CONSTRAINT index_schemes_version_name_key UNIQUE (version_name)
    )`.execute(db);
  await sql`
    CREATE TABLE plan_targets (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      version_name text NOT NULL,
      valid_from date NOT NULL,
      source text NOT NULL,
      targets jsonb NOT NULL CHECK (jsonb_typeof(targets) = 'array'),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      created_by uuid,
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid,
      CONSTRAINT plan_targets_valid_from_key UNIQUE (valid_from),
      CONSTRAINT plan_targets_version_name_key UNIQUE (version_name)
    )`.execute(db);

  const scheme = SEEDED_SCHEME;
  await sql`
    INSERT INTO index_schemes (version_name, valid_from, source, groups)
    VALUES (${scheme.version}, ${scheme.validFrom}, ${scheme.source}, ${JSON.stringify(scheme.groups)}::jsonb)`.execute(
    db,
  );
  const targets = SEEDED_TARGETS;
  await sql`
    INSERT INTO plan_targets (version_name, valid_from, source, targets)
    VALUES (${targets.version}, ${targets.validFrom}, ${targets.source}, ${JSON.stringify(targets.targets)}::jsonb)`.execute(
    db,
  );

  await sql`INSERT INTO reference_revisions (name) VALUES ('indicators')`.execute(db);
  for (const table of TABLES)
    await sql`
      CREATE TRIGGER ${sql.raw(`${table}_revision`)} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
      ON ${sql.table(table)} FOR EACH STATEMENT EXECUTE FUNCTION bump_reference_revision('indicators')`.execute(
      db,
    );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) await sql`DROP TABLE ${sql.table(table)}`.execute(db);
  await sql`DELETE FROM reference_revisions WHERE name = 'indicators'`.execute(db);
}
