import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockSize, contains, formatCidr, overlaps, parseCidr, usableInSubnet } from '~/lib/vpc/cidr';
import {
  DEFAULT_VPC_PLAN_FORM,
  TIERS,
  natCost,
  natFailureImpact,
  planVpc,
  tierField,
  vpcCidrWarning,
  type VpcPlan,
  type VpcPlanForm,
} from '~/lib/vpc/subnet-plan';
import { anyLayoutForm } from './vpc-arbitraries';

function plan(patch: Partial<VpcPlanForm> = {}): VpcPlan {
  const result = planVpc({ ...DEFAULT_VPC_PLAN_FORM, ...patch });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

const layout = (p: VpcPlan) => p.subnets.map((s) => `${s.tier}-${s.az + 1} ${formatCidr(s.cidr)}`);
const errorsOf = (patch: Partial<VpcPlanForm>) => {
  const result = planVpc({ ...DEFAULT_VPC_PLAN_FORM, ...patch });
  return result.ok ? [] : result.errors.map((e) => [e.field, e.message]);
};
const allTiers = (prefix: number, enabled = true) => ({
  public: { enabled, prefix },
  private: { enabled, prefix },
  data: { enabled, prefix },
});

describe('subnet layout', () => {
  it('lesson 12.1 shape: /16, two AZs, /24 public and private → 10.0.0–3.0/24 with 251 usable each', () => {
    const p = plan({ azCount: 2, tiers: { ...allTiers(24), data: { enabled: false, prefix: 24 } } });
    expect(layout(p)).toEqual(['public-1 10.0.0.0/24', 'public-2 10.0.1.0/24', 'private-1 10.0.2.0/24', 'private-2 10.0.3.0/24']);
    expect(p.subnets.map((s) => s.usable)).toEqual([251, 251, 251, 251]);
    expect(p.spareAddresses).toBe(65_536 - 4 * 256);
  });

  it('the default plan: larger private /22s first, then the /24s, nothing overlapping', () => {
    expect(layout(plan())).toEqual([
      'public-1 10.0.12.0/24',
      'public-2 10.0.13.0/24',
      'public-3 10.0.14.0/24',
      'private-1 10.0.0.0/22',
      'private-2 10.0.4.0/22',
      'private-3 10.0.8.0/22',
      'data-1 10.0.15.0/24',
      'data-2 10.0.16.0/24',
      'data-3 10.0.17.0/24',
    ]);
  });

  it('gives each subnet the cidrsubnet() arguments that produce it', () => {
    const p = plan();
    const private2 = p.subnets.find((s) => s.tier === 'private' && s.az === 1);
    expect(private2).toMatchObject({ newbits: 6, netnum: 1 });
    const data3 = p.subnets.find((s) => s.tier === 'data' && s.az === 2);
    expect(data3).toMatchObject({ newbits: 8, netnum: 17 });
  });

  it('a /28 VPC holds exactly one /28 subnet with 11 usable addresses', () => {
    const p = plan({ vpcCidr: '192.168.0.16/28', azCount: 1, nat: 'none', tiers: { ...allTiers(28, false), public: { enabled: true, prefix: 28 } } });
    expect(layout(p)).toEqual(['public-1 192.168.0.16/28']);
    expect(p.subnets[0]?.usable).toBe(11);
  });
});

describe('validation messages', () => {
  it('says when the subnets do not fit, with the arithmetic', () => {
    expect(errorsOf({ vpcCidr: '10.0.0.0/22', azCount: 3, tiers: allTiers(24) })).toEqual([
      [
        'vpcCidr',
        'The subnets do not fit: 3 × /24 + 3 × /24 + 3 × /24 need 2,304 addresses, but 10.0.0.0/22 has 1,024. Use a larger VPC block, smaller subnets or fewer AZs.',
      ],
    ]);
  });

  it.each([
    ['10.0.0.0/15', 'A VPC block can be at most /16 (65,536 addresses); /15 is larger. Add more blocks later as secondary CIDRs.'],
    ['10.0.0.0/29', 'A VPC block must be at least /28 (16 addresses); /29 is smaller.'],
    ['10.0.1.0/16', '10.0.1.0/16 has host bits set: the network of that address is 10.0.0.0/16. Use it instead.'],
    ['127.0.0.0/16', 'AWS does not allow 127.0.0.0/8 (loopback) for a VPC; use a private range such as 10.0.0.0/16.'],
    ['224.1.0.0/16', 'AWS does not allow 224.0.0.0/3 (multicast and reserved) for a VPC; use a private range such as 10.0.0.0/16.'],
  ])('VPC block %s: %s', (vpcCidr, message) => {
    expect(errorsOf({ vpcCidr })).toEqual([['vpcCidr', message]]);
  });

  it('warns, without blocking, about a block outside RFC 1918', () => {
    expect(vpcCidrWarning('100.64.0.0/16')).toContain('100.64.0.0/16 is not in a private RFC 1918 range');
    expect(planVpc({ ...DEFAULT_VPC_PLAN_FORM, vpcCidr: '100.64.0.0/16' }).ok).toBe(true);
    expect(vpcCidrWarning('10.0.0.0/16')).toBeNull();
    expect(vpcCidrWarning('nonsense')).toBeNull();
  });

  it('refuses a subnet larger than the VPC at that tier', () => {
    expect(errorsOf({ vpcCidr: '10.0.0.0/20', tiers: { ...allTiers(24), private: { enabled: true, prefix: 19 } } })).toEqual([
      [tierField('private'), 'A /19 subnet is larger than the /20 VPC; choose /20 or smaller.'],
    ]);
  });

  it('NAT gateways need a public and a private tier', () => {
    expect(errorsOf({ tiers: { ...allTiers(24), public: { enabled: false, prefix: 24 } } })).toEqual([
      ['nat', 'A NAT gateway lives in a public subnet: turn on the public tier, or choose no NAT gateway.'],
    ]);
    expect(errorsOf({ nat: 'none', tiers: { ...allTiers(24), public: { enabled: false, prefix: 24 } } })).toEqual([]);
  });

  it('checks the Region, the name, the tiers and the traffic figure', () => {
    expect(errorsOf({ region: 'Virginia', name: '  ', tiers: allTiers(24, false), nat: 'none', natDataGb: 'lots' })).toEqual([
      ['region', '"Virginia" is not an AWS Region code; use one like us-east-1 or eu-west-1.'],
      ['name', 'Enter a name: it starts the Name tag of every resource, e.g. demo.'],
      ['tiers.public.enabled', 'Choose at least one tier of subnets.'],
      ['natDataGb', '"lots" is not a number; use digits and a dot for decimals, e.g. 2.5.'],
    ]);
  });
});

describe('property: any form that fits', () => {
  it('gives every tier one subnet per AZ, inside the VPC, without overlaps, with the right counts', () => {
    fc.assert(
      fc.property(anyLayoutForm, (form) => {
        const result = planVpc(form);
        const vpcParsed = parseCidr(form.vpcCidr);
        if (!vpcParsed.ok) throw new Error(vpcParsed.error);
        const vpc = vpcParsed.cidr;
        const enabled = TIERS.filter((tier) => form.tiers[tier].enabled);
        const demand = enabled.reduce((sum, tier) => sum + form.azCount * blockSize(form.tiers[tier].prefix), 0);
        const sizesValid = enabled.every((tier) => form.tiers[tier].prefix >= vpc.prefix);
        expect(result.ok).toBe(sizesValid && demand <= blockSize(vpc.prefix));
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          return;
        }
        const { subnets } = result.plan;
        expect(subnets).toHaveLength(enabled.length * form.azCount);
        for (const tier of enabled) {
          expect(subnets.filter((s) => s.tier === tier).map((s) => s.az)).toEqual(Array.from({ length: form.azCount }, (_, i) => i));
        }
        subnets.forEach((s, i) => {
          expect(contains(vpc, s.cidr)).toBe(true);
          expect(s.cidr.prefix).toBe(form.tiers[s.tier].prefix);
          expect(s.usable).toBe(usableInSubnet(s.cidr.prefix));
          expect(s.cidr.base).toBe(vpc.base + s.netnum * blockSize(s.cidr.prefix));
          expect(s.newbits).toBe(s.cidr.prefix - vpc.prefix);
          for (const other of subnets.slice(i + 1)) expect(overlaps(s.cidr, other.cidr), `${formatCidr(s.cidr)} vs ${formatCidr(other.cidr)}`).toBe(false);
        });
        expect(result.plan.spareAddresses).toBe(blockSize(vpc.prefix) - demand);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('NAT gateway trade-off (example prices)', () => {
  it('one per AZ: three gateways, each with its hours and public IPv4 address', () => {
    const cost = natCost('per-az', 3, 100);
    expect(cost.gateways).toBe(3);
    expect(cost.fixedMonthly).toBeCloseTo(3 * (0.045 + 0.005) * 730, 6);
    expect(cost.processingMonthly).toBeCloseTo(4.5, 6);
    expect(cost.crossAzMonthly).toBe(0);
    expect(cost.totalMonthly).toBeCloseTo(109.5 + 4.5, 6);
  });

  it('single: one gateway, but two thirds of the traffic crosses AZs and pays both ways', () => {
    const cost = natCost('single', 3, 300);
    expect(cost.fixedMonthly).toBeCloseTo(36.5, 6);
    expect(cost.crossAzMonthly).toBeCloseTo(200 * 0.02, 6);
    expect(cost.totalMonthly).toBeCloseTo(36.5 + 13.5 + 4, 6);
  });

  it('none costs nothing and says what is lost', () => {
    expect(natCost('none', 3, 1000).totalMonthly).toBe(0);
    expect(natFailureImpact('none', 3)).toContain('no internet access');
    expect(natFailureImpact('single', 3)).toContain('private subnets in all 3 AZs lose outbound internet access');
  });

  it('property: a single gateway is cheaper until cross-AZ data outweighs the saved gateway hours', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 0, max: 1_000_000 }), (azs, gb) => {
        const single = natCost('single', azs, gb).totalMonthly;
        const perAz = natCost('per-az', azs, gb).totalMonthly;
        const savedFixed = (azs - 1) * (0.045 + 0.005) * 730;
        const extraCrossAz = ((gb * (azs - 1)) / azs) * 0.02;
        expect(single < perAz).toBe(extraCrossAz < savedFixed - 1e-9);
      }),
    );
  });
});
