/**
 * An organisation's standing with the fund. A new one waits for a programme manager to check who it is
 * (registration number, documents); only a verified one may submit proposals (drafts are allowed before).
 */
export const ORGANIZATION_STATUSES = ['pending_verification', 'verified', 'refused'] as const;
export type OrganizationStatus = (typeof ORGANIZATION_STATUSES)[number];

/**
 * Fields that say who the organisation is: changing one after verification sends it back to verification, since
 * what the programme manager checked is no longer what the record says. Contact details do not.
 */
export const IDENTITY_FIELDS = ['name', 'type', 'registrationNumber'] as const;
