/** Who a contributor speaks for, as the public contract lists them. */
export const STAKEHOLDER_TYPES = [
  'member_state',
  'un_entity',
  'international_organization',
  'civil_society',
  'academia',
  'private_sector',
  'trade_union',
  'local_authority',
  'migrant_organization',
  'nhri',
  'individual',
] as const;
export type StakeholderType = (typeof STAKEHOLDER_TYPES)[number];
