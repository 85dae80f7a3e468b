/**
 * Example EC2 prices for the purchase options calculator (lesson 4.5). Prices change: the widget
 * always shows them as examples for a named Region and date.
 *
 * Region us-east-1 (N. Virginia), Linux, shared tenancy, USD per instance-hour.
 * - On-Demand: AWS Price List API (service AmazonEC2, capacitystatus Used, preInstalledSw NA),
 *   effective 2026-09-01, as published on https://aws.amazon.com/ec2/pricing/on-demand/ ;
 *   checked 2026-11-27. m7g.large $0.0816, m7i.large $0.1008 (m7i.4xlarge $0.8064 / 8),
 *   m6i.large and m5.large $0.096, c7i.large $0.08925 (c7i.4xlarge $0.714 / 8), t3.medium $0.0416.
 * - Commitment rates (no upfront): illustrative effective rates built from the typical discounts of
 *   these families on https://aws.amazon.com/savingsplans/compute-pricing/ and
 *   https://aws.amazon.com/ec2/pricing/reserved-instances/pricing/ : Compute Savings Plans about
 *   28 % (1 year) and 50 % (3 years) off; EC2 Instance Savings Plans and Standard Reserved
 *   Instances about 37.5 % (1 year) and 57 % (3 years) off. They reproduce, for example, the
 *   published m5.large Standard RI rate of $0.060 (1 year). Look up the real rate before buying.
 * - Ceilings AWS states: Savings Plans "up to 72%" (EC2 Instance Savings Plans; Compute Savings
 *   Plans up to 66%), Standard Reserved Instances "up to 72%", Spot Instances "up to 90%" off
 *   On-Demand (https://aws.amazon.com/savingsplans/, https://aws.amazon.com/ec2/pricing/,
 *   https://aws.amazon.com/ec2/spot/).
 * - Spot: the price moves with supply and demand per instance type and Availability Zone; the
 *   example discount below is only a starting value the reader can change.
 */

/** The commitment products the calculator compares. */
export type CommitmentId = 'compute-sp-1y' | 'compute-sp-3y' | 'ec2-sp-1y' | 'ec2-sp-3y' | 'ri-1y' | 'ri-3y';

/** A commitment product: name, term and what it is tied to. */
export interface CommitmentProduct {
  readonly id: CommitmentId;
  readonly name: string;
  readonly termYears: 1 | 3;
  /** What the commitment can move between, for the explanation. */
  readonly flexibility: string;
}

/** In the order the calculator lists them. */
export const COMMITMENT_PRODUCTS: readonly CommitmentProduct[] = [
  { id: 'compute-sp-1y', name: 'Compute Savings Plan, 1 year', termYears: 1, flexibility: 'any instance family, size, Region, OS, and Fargate or Lambda' },
  { id: 'compute-sp-3y', name: 'Compute Savings Plan, 3 years', termYears: 3, flexibility: 'any instance family, size, Region, OS, and Fargate or Lambda' },
  { id: 'ec2-sp-1y', name: 'EC2 Instance Savings Plan, 1 year', termYears: 1, flexibility: 'any size and OS within one instance family in one Region' },
  { id: 'ec2-sp-3y', name: 'EC2 Instance Savings Plan, 3 years', termYears: 3, flexibility: 'any size and OS within one instance family in one Region' },
  { id: 'ri-1y', name: 'Standard Reserved Instances, 1 year', termYears: 1, flexibility: 'one instance type (size-flexible within the family for regional Linux RIs)' },
  { id: 'ri-3y', name: 'Standard Reserved Instances, 3 years', termYears: 3, flexibility: 'one instance type (size-flexible within the family for regional Linux RIs)' },
];

/** Example prices of one instance type. */
export interface InstancePrice {
  readonly type: string;
  readonly vcpus: number;
  readonly memoryGiB: number;
  readonly processor: string;
  /** On-Demand, USD per hour. */
  readonly onDemand: number;
  /** Effective no-upfront rates, USD per hour. */
  readonly commitments: Readonly<Record<CommitmentId, number>>;
}

/** Where and when the prices apply; shown next to every result. */
export const PRICE_SOURCE = {
  region: 'us-east-1',
  regionName: 'US East (N. Virginia)',
  operatingSystem: 'Linux',
  checked: '2026-11-27',
  onDemandUrl: 'https://aws.amazon.com/ec2/pricing/on-demand/',
  savingsPlansUrl: 'https://aws.amazon.com/savingsplans/compute-pricing/',
  reservedUrl: 'https://aws.amazon.com/ec2/pricing/reserved-instances/pricing/',
  spotUrl: 'https://aws.amazon.com/ec2/spot/pricing/',
} as const;

/** Discount ceilings AWS advertises, in percent off On-Demand. */
export const ADVERTISED_MAX_DISCOUNT = { savingsPlans: 72, computeSavingsPlans: 66, reservedInstances: 72, spot: 90 } as const;

/** Spot: the example discount the form starts with and the range it is usually found in. */
export const SPOT_EXAMPLE = { discountPercent: 65, typicalRange: [50, 90] as const } as const;

/** Hours in a month as AWS pricing pages count them (8,760 hours a year / 12). */
export const HOURS_PER_MONTH = 730;

/** The price table. */
export const INSTANCE_PRICES: readonly InstancePrice[] = [
  {
    type: 'm7g.large',
    vcpus: 2,
    memoryGiB: 8,
    processor: 'AWS Graviton3',
    onDemand: 0.0816,
    commitments: { 'compute-sp-1y': 0.0588, 'compute-sp-3y': 0.0408, 'ec2-sp-1y': 0.051, 'ec2-sp-3y': 0.0351, 'ri-1y': 0.051, 'ri-3y': 0.0351 },
  },
  {
    type: 'm7i.large',
    vcpus: 2,
    memoryGiB: 8,
    processor: 'Intel Xeon (Sapphire Rapids)',
    onDemand: 0.1008,
    commitments: { 'compute-sp-1y': 0.0726, 'compute-sp-3y': 0.0504, 'ec2-sp-1y': 0.063, 'ec2-sp-3y': 0.0433, 'ri-1y': 0.063, 'ri-3y': 0.0433 },
  },
  {
    type: 'm6i.large',
    vcpus: 2,
    memoryGiB: 8,
    processor: 'Intel Xeon (Ice Lake)',
    onDemand: 0.096,
    commitments: { 'compute-sp-1y': 0.0691, 'compute-sp-3y': 0.048, 'ec2-sp-1y': 0.06, 'ec2-sp-3y': 0.0413, 'ri-1y': 0.06, 'ri-3y': 0.0413 },
  },
  {
    type: 'm5.large',
    vcpus: 2,
    memoryGiB: 8,
    processor: 'Intel Xeon Platinum',
    onDemand: 0.096,
    commitments: { 'compute-sp-1y': 0.0691, 'compute-sp-3y': 0.048, 'ec2-sp-1y': 0.06, 'ec2-sp-3y': 0.0413, 'ri-1y': 0.06, 'ri-3y': 0.0413 },
  },
  {
    type: 'c7i.large',
    vcpus: 2,
    memoryGiB: 4,
    processor: 'Intel Xeon (Sapphire Rapids)',
    onDemand: 0.08925,
    commitments: { 'compute-sp-1y': 0.0643, 'compute-sp-3y': 0.0446, 'ec2-sp-1y': 0.0558, 'ec2-sp-3y': 0.0384, 'ri-1y': 0.0558, 'ri-3y': 0.0384 },
  },
  {
    type: 't3.medium',
    vcpus: 2,
    memoryGiB: 4,
    processor: 'Intel Xeon Platinum (burstable)',
    onDemand: 0.0416,
    commitments: { 'compute-sp-1y': 0.03, 'compute-sp-3y': 0.0208, 'ec2-sp-1y': 0.026, 'ec2-sp-3y': 0.0179, 'ri-1y': 0.026, 'ri-3y': 0.0179 },
  },
];
