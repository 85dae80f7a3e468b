/**
 * fast-check generators of VPC planner forms: valid ones (the name full of hostile text) and the
 * sizes of their parts, shared by the plan properties and the Terraform round trips.
 */

import fc from 'fast-check';
import { hostileText } from '../terraform/plan-arbitraries';
import { DEFAULT_VPC_PLAN_FORM, type NatMode, type VpcPlanForm } from '~/lib/vpc/subnet-plan';

const PRIVATE_BASES = [
  [10, 0],
  [10, 200],
  [172, 16],
  [172, 31],
  [192, 168],
] as const;

/** Free text for the name: well-formed, not blank, at most 200 characters. */
export const hostileName = hostileText.filter((text) => text.trim() !== '' && [...text].length <= 200);

/** Forms that may or may not fit: VPC /16–/28, any tiers, subnet sizes from the VPC's to /28. */
export const anyLayoutForm: fc.Arbitrary<VpcPlanForm> = fc
  .record({
    base: fc.constantFrom(...PRIVATE_BASES),
    third: fc.integer({ min: 0, max: 255 }),
    vpcPrefix: fc.integer({ min: 16, max: 28 }),
    azCount: fc.integer({ min: 1, max: 6 }),
    tiers: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
    extra: fc.tuple(fc.nat({ max: 12 }), fc.nat({ max: 12 }), fc.nat({ max: 12 })),
    nat: fc.constantFrom<NatMode>('none', 'single', 'per-az'),
    natDataGb: fc.integer({ min: 0, max: 100_000 }),
    region: fc.constantFrom('us-east-1', 'eu-west-1', 'ap-southeast-2', 'us-gov-west-1'),
    name: hostileName,
  })
  .map((r): VpcPlanForm => {
    const [a, b] = r.base;
    const size = 2 ** (32 - r.vpcPrefix);
    const raw = (a * 2 ** 24 + b * 2 ** 16 + r.third * 256) % 2 ** 32;
    const base = Math.floor(raw / size) * size;
    const octets = [base / 2 ** 24, (base / 2 ** 16) % 256, (base / 256) % 256, base % 256].map(Math.floor);
    const enabled = r.tiers.some(Boolean) ? r.tiers : ([true, false, false] as const);
    const prefix = (i: 0 | 1 | 2) => Math.min(28, r.vpcPrefix + r.extra[i]);
    const hasPublic = enabled[0];
    const hasPrivate = enabled[1];
    return {
      ...DEFAULT_VPC_PLAN_FORM,
      region: r.region,
      name: r.name,
      vpcCidr: `${octets.join('.')}/${r.vpcPrefix}`,
      azCount: r.azCount,
      tiers: {
        public: { enabled: enabled[0], prefix: prefix(0) },
        private: { enabled: enabled[1], prefix: prefix(1) },
        data: { enabled: enabled[2], prefix: prefix(2) },
      },
      nat: hasPublic && hasPrivate ? r.nat : 'none',
      natDataGb: String(r.natDataGb),
    };
  });
