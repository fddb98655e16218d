/**
 * Regions the fund operates in. Siguiri is a prefecture of Kankan region, but the programme treats it as its
 * own zone, so it is listed as one. Later Sahel countries add entries here, never rename existing keys.
 */
export const REGIONS = {
  conakry: { fr: 'Conakry', en: 'Conakry', country: 'GN' },
  kindia: { fr: 'Kindia', en: 'Kindia', country: 'GN' },
  mamou: { fr: 'Mamou', en: 'Mamou', country: 'GN' },
  labe: { fr: 'Labé', en: 'Labé', country: 'GN' },
  kankan: { fr: 'Kankan', en: 'Kankan', country: 'GN' },
  siguiri: { fr: 'Siguiri', en: 'Siguiri', country: 'GN' },
} as const;
export type Region = keyof typeof REGIONS;
export const REGION_KEYS = Object.keys(REGIONS) as Region[];

export function isRegion(value: unknown): value is Region {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(REGIONS, value);
}

/** Communes and neighbourhoods are free slugs (lower-case, digits, dashes, underscores): the list changes with local reforms. */
export const COMMUNE_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
