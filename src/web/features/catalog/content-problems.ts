import type { TFunction } from 'i18next';
import type { FieldProblem } from '../../api/api-error.js';
import { sectionLabel } from './field-labels.js';

/** "body.content.ways.0.channel", "/content/ways/0/channel" → "content.ways.0.channel". */
function normalise(field: string): string {
  return field
    .replace(/^\/+/, '')
    .replaceAll('/', '.')
    .replace(/^body\./, '');
}

/** The content's top-level fields the draft form edits under the same path. */
const SAME_PATH =
  /^(name|field|level|timeLimit|onlineLevel|eligibleFullyOnline|postalAllowed|boundaryFree|conditions|ways|components|results|legalBases)(\.|$)/;

/**
 * Where a server problem belongs in the draft form, or null when the form has no input for it
 * (e.g. the inter-agency shares, kept as imported): those are only listed.
 */
export function draftFormPath(field: string): string | null {
  const path = normalise(field);
  if (!path.startsWith('content.')) return null;
  const inContent = path.slice('content.'.length);
  if (inContent.startsWith('competentAgency')) return 'agencyId';
  if (/^steps(\.|$)/.test(inContent)) return 'steps';
  if (/^applicantTypes(\.|$)/.test(inContent)) return 'applicantTypes';
  if (/^components\.\d+\.form$/.test(inContent)) return `${inContent}.name`;
  return SAME_PATH.test(inContent) ? inContent : null;
}

export interface ListedProblem {
  section: string;
  message: string;
}

export function listProblems(t: TFunction, problems: readonly FieldProblem[]): ListedProblem[] {
  return problems.map((problem) => ({
    section: sectionLabel(t, normalise(problem.field)),
    message: problem.message,
  }));
}
