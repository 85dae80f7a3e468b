/**
 * vCPUs and memory of common instance types, for the name decoder (lesson 4.1).
 *
 * Source: Amazon EC2 Instance Types guide, specification tables,
 * https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html (general purpose), co.html
 * (compute optimized), mo.html (memory optimized) and so.html (storage optimized). Written from
 * those tables; on 2026-11-27 the m7g, m7i, m6i, c7i, t3 and i4i rows were cross-checked against
 * public copies of the AWS Price List API and the specification tables (the live pages themselves
 * could not be fetched). Within these families every size keeps the family's memory-per-vCPU ratio
 * (general purpose 4 GiB, compute optimized 2 GiB, memory optimized 8 GiB per vCPU; the T
 * families are listed size by size), which is how the tables below are written. Sizes a family
 * does not offer are simply absent, so the decoder then says it does not know the numbers.
 */

/** vCPUs and memory of one instance type. */
export interface InstanceSpec {
  readonly vcpus: number;
  readonly memoryGiB: number;
}

/** Sizes as multiples of "large" vCPUs (large = 2 vCPUs); `metal` entries are given explicitly. */
const SCALE: Readonly<Record<string, number>> = {
  medium: 0.5,
  large: 1,
  xlarge: 2,
  '2xlarge': 4,
  '4xlarge': 8,
  '8xlarge': 16,
  '9xlarge': 18,
  '12xlarge': 24,
  '16xlarge': 32,
  '18xlarge': 36,
  '24xlarge': 48,
  '32xlarge': 64,
  '48xlarge': 96,
};

/** Builds the specs of a family with a fixed GiB-per-vCPU ratio. */
function family(name: string, gibPerVcpu: number, sizes: readonly string[], metal: Readonly<Record<string, number>> = {}): [string, InstanceSpec][] {
  const entries: [string, InstanceSpec][] = sizes.map((size) => {
    const vcpus = 2 * (SCALE[size] ?? 0);
    return [`${name}.${size}`, { vcpus, memoryGiB: vcpus * gibPerVcpu }];
  });
  for (const [size, vcpus] of Object.entries(metal)) entries.push([`${name}.${size}`, { vcpus, memoryGiB: vcpus * gibPerVcpu }]);
  return entries;
}

const GRAVITON_SIZES = ['medium', 'large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge'];
const ICE_LAKE_SIZES = ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge', '24xlarge', '32xlarge'];
const SAPPHIRE_SIZES = ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge', '24xlarge', '48xlarge'];
const M5_SIZES = ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge', '24xlarge'];
const C5_SIZES = ['large', 'xlarge', '2xlarge', '4xlarge', '9xlarge', '12xlarge', '18xlarge', '24xlarge'];

/** Burstable families, size by size (nano to 2xlarge). */
function burstable(name: string, nanoToSmallVcpus: number): [string, InstanceSpec][] {
  return [
    [`${name}.nano`, { vcpus: nanoToSmallVcpus, memoryGiB: 0.5 }],
    [`${name}.micro`, { vcpus: nanoToSmallVcpus, memoryGiB: 1 }],
    [`${name}.small`, { vcpus: nanoToSmallVcpus, memoryGiB: 2 }],
    [`${name}.medium`, { vcpus: 2, memoryGiB: 4 }],
    [`${name}.large`, { vcpus: 2, memoryGiB: 8 }],
    [`${name}.xlarge`, { vcpus: 4, memoryGiB: 16 }],
    [`${name}.2xlarge`, { vcpus: 8, memoryGiB: 32 }],
  ];
}

/** Known instance types by API name. */
export const INSTANCE_SPECS: ReadonlyMap<string, InstanceSpec> = new Map<string, InstanceSpec>([
  ...burstable('t2', 1),
  ...burstable('t3', 2),
  ...burstable('t3a', 2),
  ...burstable('t4g', 2),
  ...family('m5', 4, M5_SIZES, { metal: 96 }),
  ...family('m6i', 4, ICE_LAKE_SIZES, { metal: 128 }),
  ...family('m6g', 4, GRAVITON_SIZES, { metal: 64 }),
  ...family('m7g', 4, GRAVITON_SIZES, { metal: 64 }),
  ...family('m7gd', 4, GRAVITON_SIZES, { metal: 64 }),
  ...family('m8g', 4, GRAVITON_SIZES),
  ...family('m7i', 4, SAPPHIRE_SIZES, { 'metal-24xl': 96, 'metal-48xl': 192 }),
  ...family('m7i-flex', 4, ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge']),
  ...family('c5', 2, C5_SIZES, { metal: 96 }),
  ...family('c6i', 2, ICE_LAKE_SIZES, { metal: 128 }),
  ...family('c6g', 2, GRAVITON_SIZES, { metal: 64 }),
  ...family('c7g', 2, GRAVITON_SIZES, { metal: 64 }),
  ...family('c7i', 2, SAPPHIRE_SIZES, { 'metal-24xl': 96, 'metal-48xl': 192 }),
  ...family('c8g', 2, GRAVITON_SIZES),
  ...family('r5', 8, M5_SIZES, { metal: 96 }),
  ...family('r6i', 8, ICE_LAKE_SIZES, { metal: 128 }),
  ...family('r6g', 8, GRAVITON_SIZES, { metal: 64 }),
  ...family('r6gd', 8, GRAVITON_SIZES, { metal: 64 }),
  ...family('r7g', 8, GRAVITON_SIZES, { metal: 64 }),
  ...family('r7i', 8, SAPPHIRE_SIZES, { 'metal-24xl': 96, 'metal-48xl': 192 }),
  ...family('i4i', 8, ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge', '24xlarge', '32xlarge'], { metal: 128 }),
  ['u-6tb1.56xlarge', { vcpus: 224, memoryGiB: 6144 }],
  ['u-6tb1.112xlarge', { vcpus: 448, memoryGiB: 6144 }],
  ['u-6tb1.metal', { vcpus: 448, memoryGiB: 6144 }],
]);

/** The spec of an instance type, if this table knows it. */
export function instanceSpec(name: string): InstanceSpec | undefined {
  return INSTANCE_SPECS.get(name.toLowerCase());
}
