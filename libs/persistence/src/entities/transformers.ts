import { ValueTransformer } from 'typeorm';

/** pg returns bigint as a string; amounts are validated ≤ 2^53 - 1 so a JS number holds them exactly. */
export const bigintToNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null || value === undefined ? value : Number(value)),
};
