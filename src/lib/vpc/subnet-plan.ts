/**
 * VPC subnet planner (lessons 6.1–6.3, 12.1): the form, its validation and the subnet layout.
 *
 * - {@link VpcPlanForm} holds the inputs as typed (text where the reader types, so a half-typed
 *   value is never lost).
 * - {@link VpcPlan} is the validated plan with every subnet placed; only a plan reaches the
 *   Terraform generator, so invalid input never produces HCL.
 *
 * Layout: every enabled tier gets one subnet per Availability Zone, all of the tier's prefix length.
 * Blocks are packed largest first, each aligned to its size, inside the VPC block (see
 * {@link packBlocks}); with equal sizes that gives the familiar public 0, 1, 2 / private 3, 4, 5
 * numbering. Limits (AWS VPC user guide, "Subnet CIDR blocks" and "VPC CIDR blocks"): IPv4 blocks
 * from /16 to /28, five addresses reserved per subnet, RFC 1918 ranges recommended.
 */

import { isWellFormedText } from '~/lib/terraform/hcl';
import { parseNumberField } from '~/lib/form/number-field';
import {
  AWS_PREFIX_RANGE,
  blockSize,
  contains,
  formatCidr,
  isRfc1918,
  packBlocks,
  parseCidr,
  usableInSubnet,
  type Cidr,
} from './cidr';
import { HOURS_PER_MONTH, NAT_PRICES } from './nat-prices';

/** The subnet tiers the planner knows, in display order. */
export const TIERS = ['public', 'private', 'data'] as const;
/** One tier. */
export type TierId = (typeof TIERS)[number];

/** What each tier is for; `routes` says what its route table sends beyond the VPC. */
export const TIER_INFO: Record<TierId, { readonly label: string; readonly description: string }> = {
  public: { label: 'Public', description: 'Load balancers, NAT gateways, bastions: route to the internet gateway.' },
  private: { label: 'Private (application)', description: 'Application servers: outbound internet only through a NAT gateway, if any.' },
  data: { label: 'Data (isolated)', description: 'Databases and caches: no route beyond the VPC.' },
};

/** How private subnets reach the internet. */
export type NatMode = 'none' | 'single' | 'per-az';

/** NAT choices with the wording the form shows. */
export const NAT_MODES: readonly { readonly value: NatMode; readonly label: string }[] = [
  { value: 'per-az', label: 'One NAT gateway per AZ (resilient)' },
  { value: 'single', label: 'A single NAT gateway (cheaper)' },
  { value: 'none', label: 'No NAT gateway (no internet from private subnets)' },
];

/** Most Availability Zones the planner lays out (no Region has more than six). */
export const MAX_AZS = 6;

/** One tier as typed. */
export interface TierForm {
  readonly enabled: boolean;
  /** Prefix length of each subnet of the tier, 16–28. */
  readonly prefix: number;
}

/** The planner's inputs. */
export interface VpcPlanForm {
  readonly region: string;
  readonly name: string;
  readonly vpcCidr: string;
  readonly azCount: number;
  readonly tiers: Readonly<Record<TierId, TierForm>>;
  readonly nat: NatMode;
  readonly natDataGb: string;
}

/** The reader's starting point: lesson 12.1's /16 with /24 subnets, in three AZs. */
export const DEFAULT_VPC_PLAN_FORM: VpcPlanForm = {
  region: 'us-east-1',
  name: 'demo',
  vpcCidr: '10.0.0.0/16',
  azCount: 3,
  tiers: {
    public: { enabled: true, prefix: 24 },
    private: { enabled: true, prefix: 22 },
    data: { enabled: true, prefix: 24 },
  },
  nat: 'per-az',
  natDataGb: '100',
};

/** A subnet placed in the VPC. `az` is 0-based; `netnum` and `newbits` are what cidrsubnet() takes. */
export interface PlannedSubnet {
  readonly tier: TierId;
  readonly az: number;
  readonly cidr: Cidr;
  readonly usable: number;
  readonly newbits: number;
  readonly netnum: number;
}

/** A validated plan: everything the Terraform generator needs. */
export interface VpcPlan {
  readonly region: string;
  readonly name: string;
  readonly vpc: Cidr;
  readonly azCount: number;
  readonly tiers: readonly TierId[];
  readonly subnets: readonly PlannedSubnet[];
  readonly nat: NatMode;
  readonly natDataGb: number;
  /** Addresses of the VPC block not used by any subnet, room for later tiers or AZs. */
  readonly spareAddresses: number;
}

/** A problem with one field: `field` is its key, `label` names it in an error summary. */
export interface FieldError {
  readonly field: string;
  readonly label: string;
  readonly message: string;
}

/** The plan, or what to fix (in form order). */
export type VpcPlanResult = { readonly ok: true; readonly plan: VpcPlan } | { readonly ok: false; readonly errors: readonly FieldError[] };

/** Field keys shared by errors, inputs and the summary. */
export const tierField = (tier: TierId): string => `tiers.${tier}.prefix`;

const REGION = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;
const NAME_MAX = 200;

function nameError(name: string): string | null {
  if (name.trim() === '') return 'Enter a name: it starts the Name tag of every resource, e.g. demo.';
  if (!isWellFormedText(name)) return 'The name contains an invalid character; retype it.';
  const n = [...name].length;
  if (n > NAME_MAX) return `Use at most ${NAME_MAX} characters (this has ${n}); tags hold 256 and the tier is appended.`;
  return null;
}

/** Blocks AWS refuses for a VPC: "this network", loopback, link-local, multicast and class E. */
const FORBIDDEN: readonly { readonly cidr: Cidr; readonly what: string }[] = [
  { cidr: { base: 0, prefix: 8 }, what: '0.0.0.0/8 ("this network")' },
  { cidr: { base: 127 * 2 ** 24, prefix: 8 }, what: '127.0.0.0/8 (loopback)' },
  { cidr: { base: 169 * 2 ** 24 + 254 * 2 ** 16, prefix: 16 }, what: '169.254.0.0/16 (link-local, used by the instance metadata service)' },
  { cidr: { base: 224 * 2 ** 24, prefix: 3 }, what: '224.0.0.0/3 (multicast and reserved)' },
];

/** Reads the VPC block: syntax, host bits, the /16–/28 range and ranges AWS refuses. */
export function readVpcCidr(raw: string): { ok: true; cidr: Cidr } | { ok: false; error: string } {
  const parsed = parseCidr(raw);
  if (!parsed.ok) return parsed;
  const { cidr } = parsed;
  if (cidr.prefix < AWS_PREFIX_RANGE.min) {
    return { ok: false, error: `A VPC block can be at most /16 (65,536 addresses); /${cidr.prefix} is larger. Add more blocks later as secondary CIDRs.` };
  }
  if (cidr.prefix > AWS_PREFIX_RANGE.max) return { ok: false, error: `A VPC block must be at least /28 (16 addresses); /${cidr.prefix} is smaller.` };
  const forbidden = FORBIDDEN.find((range) => contains(range.cidr, cidr));
  if (forbidden) return { ok: false, error: `AWS does not allow ${forbidden.what} for a VPC; use a private range such as 10.0.0.0/16.` };
  return { ok: true, cidr };
}

/** A warning (not an error) for a valid VPC block outside the private ranges. */
export function vpcCidrWarning(raw: string): string | null {
  const read = readVpcCidr(raw);
  if (!read.ok || isRfc1918(read.cidr)) return null;
  return `${formatCidr(read.cidr)} is not in a private RFC 1918 range (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16). AWS accepts it, but if those addresses are in use on the internet your instances cannot reach them.`;
}

/** Addresses needed by the enabled tiers, for the "does not fit" message. */
function describeDemand(form: VpcPlanForm, tiers: readonly TierId[]): { text: string; total: number } {
  const parts = tiers.map((tier) => `${form.azCount} × /${form.tiers[tier].prefix}`);
  const total = tiers.reduce((sum, tier) => sum + form.azCount * blockSize(form.tiers[tier].prefix), 0);
  return { text: parts.join(' + '), total };
}

const count = (n: number): string => n.toLocaleString('en-US');

/** Validates the form and lays out the subnets. */
export function planVpc(form: VpcPlanForm): VpcPlanResult {
  const errors: FieldError[] = [];
  const add = (field: string, label: string, message: string | null) => {
    if (message !== null) errors.push({ field, label, message });
  };

  add('region', 'Region', form.region === '' ? 'Enter an AWS Region code, e.g. us-east-1.' : REGION.test(form.region) ? null : `"${form.region}" is not an AWS Region code; use one like us-east-1 or eu-west-1.`);
  add('name', 'Name', nameError(form.name));
  const vpc = readVpcCidr(form.vpcCidr);
  if (!vpc.ok) add('vpcCidr', 'VPC CIDR block', vpc.error);
  const azCount = Number.isInteger(form.azCount) && form.azCount >= 1 && form.azCount <= MAX_AZS ? form.azCount : null;
  if (azCount === null) add('azCount', 'Availability Zones', `Choose 1 to ${MAX_AZS} Availability Zones.`);

  const tiers = TIERS.filter((tier) => form.tiers[tier].enabled);
  if (tiers.length === 0) add('tiers.public.enabled', 'Tiers', 'Choose at least one tier of subnets.');
  for (const tier of tiers) {
    const prefix = form.tiers[tier].prefix;
    if (!Number.isInteger(prefix) || prefix < AWS_PREFIX_RANGE.min || prefix > AWS_PREFIX_RANGE.max) {
      add(tierField(tier), `${TIER_INFO[tier].label} subnet size`, 'Choose a subnet size from /16 to /28.');
    } else if (vpc.ok && prefix < vpc.cidr.prefix) {
      add(tierField(tier), `${TIER_INFO[tier].label} subnet size`, `A /${prefix} subnet is larger than the /${vpc.cidr.prefix} VPC; choose /${vpc.cidr.prefix} or smaller.`);
    }
  }

  if (form.nat !== 'none' && !form.tiers.public.enabled) {
    add('nat', 'NAT gateways', 'A NAT gateway lives in a public subnet: turn on the public tier, or choose no NAT gateway.');
  }
  if (form.nat !== 'none' && !form.tiers.private.enabled) {
    add('nat', 'NAT gateways', 'NAT gateways serve the private tier: turn it on, or choose no NAT gateway.');
  }
  const natData = parseNumberField(form.natDataGb, { min: 0, max: 10_000_000 });
  if (!natData.ok) add('natDataGb', 'Data through NAT', natData.error);

  if (errors.length > 0 || !vpc.ok || azCount === null || !natData.ok) return { ok: false, errors };

  const requests = tiers.flatMap((tier) => Array.from({ length: azCount }, (_, az) => ({ tier, az, prefix: form.tiers[tier].prefix })));
  const blocks = packBlocks(
    vpc.cidr,
    requests.map((request) => request.prefix),
  );
  if (blocks === null) {
    const demand = describeDemand(form, tiers);
    const have = blockSize(vpc.cidr.prefix);
    return {
      ok: false,
      errors: [
        {
          field: 'vpcCidr',
          label: 'VPC CIDR block',
          message: `The subnets do not fit: ${demand.text} need ${count(demand.total)} addresses, but ${formatCidr(vpc.cidr)} has ${count(have)}. Use a larger VPC block, smaller subnets or fewer AZs.`,
        },
      ],
    };
  }
  const subnets: PlannedSubnet[] = requests.map((request, i) => {
    const cidr = blocks[i] as Cidr;
    const newbits = cidr.prefix - vpc.cidr.prefix;
    return {
      tier: request.tier,
      az: request.az,
      cidr,
      usable: usableInSubnet(cidr.prefix),
      newbits,
      netnum: (cidr.base - vpc.cidr.base) / blockSize(cidr.prefix),
    };
  });
  const used = subnets.reduce((sum, subnet) => sum + blockSize(subnet.cidr.prefix), 0);
  return {
    ok: true,
    plan: {
      region: form.region,
      name: form.name.normalize('NFC'),
      vpc: vpc.cidr,
      azCount,
      tiers,
      subnets,
      nat: form.nat,
      natDataGb: natData.value,
      spareAddresses: blockSize(vpc.cidr.prefix) - used,
    },
  };
}

/** The first error for each field, for showing next to inputs. */
export function errorsByField(errors: readonly FieldError[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const error of errors) if (!map.has(error.field)) map.set(error.field, error.message);
  return map;
}

/** Monthly cost of one way of giving the private subnets internet access. */
export interface NatCost {
  readonly mode: NatMode;
  readonly gateways: number;
  /** Gateway hours plus the public IPv4 address each gateway holds. */
  readonly fixedMonthly: number;
  /** Per-GB processing of the traffic. */
  readonly processingMonthly: number;
  /** Traffic from other AZs crossing to a single gateway (charged out of one AZ and into the other). */
  readonly crossAzMonthly: number;
  readonly totalMonthly: number;
}

/**
 * Monthly NAT cost for `azCount` AZs and `dataGb` per month through NAT, spread evenly over the AZs.
 * With one gateway, (azCount − 1) / azCount of the traffic comes from another AZ.
 */
export function natCost(mode: NatMode, azCount: number, dataGb: number): NatCost {
  const gateways = mode === 'none' ? 0 : mode === 'single' ? 1 : azCount;
  const fixedMonthly = gateways * (NAT_PRICES.natGatewayHour + NAT_PRICES.publicIpv4Hour) * HOURS_PER_MONTH;
  const processingMonthly = gateways === 0 ? 0 : dataGb * NAT_PRICES.natGatewayPerGb;
  const crossAzMonthly = mode === 'single' ? ((dataGb * (azCount - 1)) / azCount) * 2 * NAT_PRICES.crossAzPerGbEachWay : 0;
  return { mode, gateways, fixedMonthly, processingMonthly, crossAzMonthly, totalMonthly: fixedMonthly + processingMonthly + crossAzMonthly };
}

/** What happens to outbound traffic from private subnets if one AZ fails, for each NAT mode. */
export function natFailureImpact(mode: NatMode, azCount: number): string {
  if (mode === 'none') return 'Private subnets have no internet access at any time; use VPC endpoints for AWS services.';
  if (mode === 'per-az') return 'An AZ failure only affects that AZ: the private subnets of the other AZs keep their own NAT gateway.';
  return azCount === 1
    ? 'With one AZ there is nothing to fail over to anyway: an AZ failure stops the whole VPC.'
    : `If the NAT gateway's AZ fails, private subnets in all ${azCount} AZs lose outbound internet access, including those whose own AZ is healthy.`;
}
