import type { CreateProcedureRequest } from '../../api/types.js';
import type { MainValues } from './main-fields.js';

export interface NewProcedureValues extends MainValues {
  nationalCode: string;
}

export const NEW_PROCEDURE_VALUES: NewProcedureValues = {
  nationalCode: '',
  name: '',
  field: '',
  level: 'province',
  agencyId: null,
  timeLimit: { amount: '', unit: 'working_days' },
};

/**
 * A new procedure starts as the simplest coherent one: received at the counter, free of charge,
 * anywhere in the province. The defaults are data, in Vietnamese whatever the interface language;
 * the officer completes them in the editor before publishing.
 */
export function newProcedureRequest(values: NewProcedureValues): CreateProcedureRequest {
  const timeLimit = { amount: Number(values.timeLimit.amount), unit: values.timeLimit.unit };
  return {
    nationalCode: values.nationalCode.trim(),
    content: {
      name: values.name.trim(),
      field: values.field.trim(),
      level: values.level,
      competentAgency:
        values.level === 'commune' || !values.agencyId
          ? { kind: 'commune' }
          : { kind: 'agency', agencyId: values.agencyId },
      timeLimit,
      ways: [{ channel: 'counter', timeLimit, fees: [] }],
      steps: ['Nộp hồ sơ tại Bộ phận Một cửa'],
      components: [],
      results: [{ name: 'Kết quả giải quyết' }],
      applicantTypes: ['citizen'],
      onlineLevel: 'none',
      eligibleFullyOnline: false,
      postalAllowed: false,
      boundaryFree: true,
    },
  };
}
