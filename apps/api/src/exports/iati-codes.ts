import type { GrantStatus, OrganizationType } from '@csf/domain';

/**
 * The organisation that publishes the fund's IATI file. Its identifier comes from IATI_PUBLISHER_REF (the IATI
 * organisation identifier registered for the publisher, `{registration agency}-{number}`); every activity
 * identifier is prefixed with it and, once published, must never change, so set it before the first
 * publication. `ref` here is the placeholder used until then.
 */
export const IATI_REPORTING_ORG = {
  ref: 'XM-DAC-CSF',
  /** OrganisationType 40 (multilateral): the pooled fund's managing agency. */
  type: '40',
  name: { fr: 'Fonds de sécurité communautaire', en: 'Community Safety Fund' },
} as const;

export const IATI_VERSION = '2.03';

/** OECD DAC 5-digit purpose code 15220, civilian peace-building, conflict prevention and resolution. */
export const IATI_SECTOR = { vocabulary: '1', code: '15220' } as const;

/** ActivityStatus codelist. A suspension is its own code (6); closing is finalisation, awaiting sign-off. */
export const ACTIVITY_STATUS: Record<GrantStatus, string> = {
  awaiting_agreement: '1',
  active: '2',
  suspended: '6',
  closing: '3',
  closed: '4',
  terminated: '5',
};

/** OrganisationType codelist: community groups are partner-country civil society; the councils are local government. */
export const ORGANISATION_TYPE: Record<OrganizationType, string> = {
  womens_association: '24',
  youth_group: '24',
  community_based_organization: '24',
  ngo: '22',
  local_security_council: '10',
};

export const ORGANISATION_ROLE = { funding: '1', implementing: '4' } as const;
export const ACTIVITY_DATE = { plannedStart: '1', actualStart: '2', plannedEnd: '3', actualEnd: '4' } as const;
export const TRANSACTION_TYPE = { commitment: '2', disbursement: '3' } as const;
export const DESCRIPTION_TYPE = { general: '1', targetGroups: '3' } as const;
/** FinanceType 110 standard grant; AidType C01 project-type interventions (vocabulary 1, OECD DAC). */
export const DEFAULT_FINANCE_TYPE = '110';
export const DEFAULT_AID_TYPE = { vocabulary: '1', code: 'C01' } as const;
/** BudgetType 1 original, BudgetStatus 2 committed: the award is a signed-off amount, not an estimate. */
export const BUDGET = { type: '1', status: '2' } as const;
/** LocationReach 1 activity site, GeographicLocationClass 1 administrative region, GeographicExactness 2 approximate. */
export const LOCATION = { reach: '1', locationClass: '1', exactness: '2' } as const;
/** ResultType 1 output; IndicatorMeasure 1 unit (a count of people or things). */
export const RESULT_TYPE_OUTPUT = '1';
export const MEASURE_UNIT = '1';
/** ConditionType 2 performance: the committee's conditions bind what the grantee delivers. */
export const CONDITION_TYPE_PERFORMANCE = '2';
