import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation.js';
import * as m0002 from './0002_calendar.js';
import * as m0003 from './0003_catalog.js';
import * as m0004 from './0004_dossier_sequences.js';
import * as m0005 from './0005_dossiers.js';
import * as m0006 from './0006_audit_sealing.js';
import * as m0007 from './0007_reference_revisions.js';
import * as m0008 from './0008_revision_notifications.js';
import * as m0009 from './0009_dossier_processing.js';
import * as m0010 from './0010_alerts_and_data_store.js';
import * as m0012 from './0012_inter_agency.js';
import * as m0013 from './0013_inbox_covering_indexes.js';
import * as m0014 from './0014_dossier_version_rises.js';
import * as m0015 from './0015_service_index_rollups.js';
import * as m0016 from './0016_rollup_totals.js';
import * as m0017 from './0017_index_flows.js';
import * as m0018 from './0018_indicator_settings.js';
import * as m0019 from './0019_dossier_imports.js';

/** Every migration, in order. Listed by hand so that a bundle or a compiled build finds them. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_calendar': m0002,
  '0003_catalog': m0003,
  '0004_dossier_sequences': m0004,
  '0005_dossiers': m0005,
  '0006_audit_sealing': m0006,
  '0007_reference_revisions': m0007,
  '0008_revision_notifications': m0008,
  '0009_dossier_processing': m0009,
  '0010_alerts_and_data_store': m0010,
  '0012_inter_agency': m0012,
  '0013_inbox_covering_indexes': m0013,
  '0014_dossier_version_rises': m0014,
  '0015_service_index_rollups': m0015,
  '0016_rollup_totals': m0016,
  '0017_index_flows': m0017,
  '0018_indicator_settings': m0018,
  '0019_dossier_imports': m0019,
};
