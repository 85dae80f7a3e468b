/**
 * The EC2 instance type naming convention as data (lesson 4.1).
 *
 * Source: Amazon EC2 Instance Types guide, "Amazon EC2 instance type naming conventions",
 * https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-type-names.html, checked
 * 2026-11-27 against the AWS documentation sources (awsdocs EC2 user guide, "Naming conventions":
 * a, g, i, d, n, b, e, z) and public copies of the current page (q, flex, the family list). An instance
 * type name is the instance family, a dot and the size, e.g. c7gn.xlarge; the family is a series
 * (c), a generation (7) and options: processor family (g) and additional capabilities (n). High
 * memory types put the memory in the name (u-6tb1, u7i-12tb).
 *
 * Letters and wording follow that page: processor families a = AMD, g = AWS Graviton, i = Intel;
 * additional capabilities b = block storage (EBS) optimization, d = instance store volumes,
 * e = extra storage, memory or GPU memory, flex = Flex instance, n = network and EBS optimized,
 * q = Qualcomm inference accelerators, z = high CPU frequency.
 */

/** The five categories of the EC2 documentation (plus HPC, which has its own). */
export type Ec2Category = 'General purpose' | 'Compute optimized' | 'Memory optimized' | 'Storage optimized' | 'Accelerated computing' | 'High-performance computing';

/** A series: the letters that start a family name. */
export interface InstanceSeries {
  readonly prefix: string;
  readonly meaning: string;
  readonly category: Ec2Category;
  /** True for series that only exist in previous generations. */
  readonly previousOnly?: boolean;
}

/** Every series of the naming page, longest prefixes first so "inf" wins over "i". */
export const INSTANCE_SERIES: readonly InstanceSeries[] = [
  { prefix: 'hpc', meaning: 'High performance computing', category: 'High-performance computing' },
  { prefix: 'inf', meaning: 'AWS Inferentia', category: 'Accelerated computing' },
  { prefix: 'trn', meaning: 'AWS Trainium', category: 'Accelerated computing' },
  { prefix: 'mac', meaning: 'macOS', category: 'General purpose' },
  { prefix: 'dl', meaning: 'Deep learning', category: 'Accelerated computing' },
  { prefix: 'gr', meaning: 'Graphics intensive with more memory per vCPU', category: 'Accelerated computing' },
  { prefix: 'im', meaning: 'Storage optimized with a one to four ratio of vCPU to memory', category: 'Storage optimized' },
  { prefix: 'is', meaning: 'Storage optimized with a one to six ratio of vCPU to memory', category: 'Storage optimized' },
  { prefix: 'vt', meaning: 'Video transcoding', category: 'Accelerated computing' },
  { prefix: 'a', meaning: 'Arm-based (first AWS Graviton)', category: 'General purpose', previousOnly: true },
  { prefix: 'c', meaning: 'Compute optimized', category: 'Compute optimized' },
  { prefix: 'd', meaning: 'Dense storage', category: 'Storage optimized' },
  { prefix: 'f', meaning: 'FPGA', category: 'Accelerated computing' },
  { prefix: 'g', meaning: 'Graphics intensive', category: 'Accelerated computing' },
  { prefix: 'h', meaning: 'HDD storage', category: 'Storage optimized' },
  { prefix: 'i', meaning: 'Storage optimized', category: 'Storage optimized' },
  { prefix: 'm', meaning: 'General purpose', category: 'General purpose' },
  { prefix: 'p', meaning: 'GPU accelerated', category: 'Accelerated computing' },
  { prefix: 'r', meaning: 'Memory optimized', category: 'Memory optimized' },
  { prefix: 't', meaning: 'Burstable performance', category: 'General purpose' },
  { prefix: 'u', meaning: 'High memory', category: 'Memory optimized' },
  { prefix: 'x', meaning: 'Memory intensive', category: 'Memory optimized' },
  { prefix: 'z', meaning: 'High memory and high CPU frequency', category: 'Memory optimized' },
];

/** A processor family letter. */
export interface ProcessorLetter {
  readonly letter: 'a' | 'g' | 'i';
  readonly meaning: string;
}

/** Processor families. */
export const PROCESSOR_LETTERS: readonly ProcessorLetter[] = [
  { letter: 'a', meaning: 'AMD processors' },
  { letter: 'g', meaning: 'AWS Graviton processors (Arm)' },
  { letter: 'i', meaning: 'Intel processors' },
];

/** An additional capability. `e` depends on the category, so it has its own wording function. */
export interface CapabilityLetter {
  readonly letter: string;
  readonly meaning: string;
}

/** Additional capability letters (single letters after the generation and processor). */
export const CAPABILITY_LETTERS: readonly CapabilityLetter[] = [
  { letter: 'b', meaning: 'Block storage optimization: higher Amazon EBS performance' },
  { letter: 'd', meaning: 'Instance store volumes: local NVMe SSD disks on the host (data is lost when the instance stops)' },
  { letter: 'e', meaning: 'Extra storage or memory' },
  { letter: 'n', meaning: 'Network and EBS optimized: higher network bandwidth' },
  { letter: 'q', meaning: 'Qualcomm inference accelerators' },
  { letter: 'z', meaning: 'High CPU frequency' },
];

/** What `e` means for a category ("extra storage", "extra memory" or "extra GPU memory"). */
export function extraMeaning(category: Ec2Category): string {
  if (category === 'Storage optimized') return 'Extra storage';
  if (category === 'Memory optimized') return 'Extra memory';
  if (category === 'Accelerated computing') return 'Extra GPU memory (or accelerator memory)';
  return 'Extra storage or memory';
}

/** Suffixes after a hyphen in the family name. */
export const HYPHEN_SUFFIXES: Readonly<Record<string, string>> = {
  flex: 'Flex instance: a lower-priced variant for workloads that do not use all their compute all the time',
  b200: 'NVIDIA Blackwell B200 GPUs',
  m2: 'Apple M2 chip',
  m2pro: 'Apple M2 Pro chip',
  m1ultra: 'Apple M1 Ultra chip',
  m4: 'Apple M4 chip',
  m4pro: 'Apple M4 Pro chip',
};

/** The size words, smallest first; `Nxlarge` and `metal` are handled separately. */
export const SIZE_WORDS: readonly string[] = ['nano', 'micro', 'small', 'medium', 'large', 'xlarge'];

/**
 * Families this widget knows exist (current and common previous generations), with the processor
 * model where known. A name outside this list is still decoded by the convention, with a note that
 * the family may not exist. Source: the "Current generation instances" and "Previous generation
 * instances" lists of the Amazon EC2 Instance Types guide, and each family's product page on
 * https://aws.amazon.com/ec2/instance-types/ for the processor model (list as of 2026-11-27).
 */
export const KNOWN_FAMILIES: Readonly<Record<string, { readonly processor?: string; readonly previous?: boolean }>> = {
  // General purpose
  a1: { processor: 'AWS Graviton (first generation)', previous: true },
  m4: { processor: 'Intel Xeon (Broadwell/Haswell)', previous: true },
  m5: { processor: 'Intel Xeon Platinum (Skylake/Cascade Lake)' },
  m5a: {},
  m5ad: {},
  m5d: { processor: 'Intel Xeon Platinum' },
  m5dn: { processor: 'Intel Xeon (Cascade Lake)' },
  m5n: { processor: 'Intel Xeon (Cascade Lake)' },
  m5zn: { processor: 'Intel Xeon (Cascade Lake)' },
  m6a: { processor: '3rd generation AMD EPYC (Milan)' },
  m6g: { processor: 'AWS Graviton2' },
  m6gd: { processor: 'AWS Graviton2' },
  m6i: { processor: '3rd generation Intel Xeon Scalable (Ice Lake)' },
  m6id: { processor: '3rd generation Intel Xeon Scalable (Ice Lake)' },
  m6idn: {},
  m6in: {},
  m7a: { processor: '4th generation AMD EPYC (Genoa)' },
  m7g: { processor: 'AWS Graviton3' },
  m7gd: { processor: 'AWS Graviton3' },
  m7i: { processor: '4th generation Intel Xeon Scalable (Sapphire Rapids)' },
  'm7i-flex': { processor: '4th generation Intel Xeon Scalable (Sapphire Rapids)' },
  m8g: { processor: 'AWS Graviton4' },
  m8gd: { processor: 'AWS Graviton4' },
  t2: { processor: 'Intel Xeon' },
  t3: { processor: 'Intel Xeon Platinum' },
  t3a: { processor: 'AMD EPYC' },
  t4g: { processor: 'AWS Graviton2' },
  mac1: { processor: 'Intel Core i7 (Mac mini)' },
  mac2: { processor: 'Apple M1 (Mac mini)' },
  'mac2-m2': {},
  'mac2-m2pro': {},
  'mac2-m1ultra': {},
  // Compute optimized
  c4: { processor: 'Intel Xeon (Haswell)', previous: true },
  c5: { processor: 'Intel Xeon Platinum' },
  c5a: {},
  c5ad: {},
  c5d: {},
  c5n: {},
  c6a: { processor: '3rd generation AMD EPYC (Milan)' },
  c6g: { processor: 'AWS Graviton2' },
  c6gd: { processor: 'AWS Graviton2' },
  c6gn: { processor: 'AWS Graviton2' },
  c6i: { processor: '3rd generation Intel Xeon Scalable (Ice Lake)' },
  c6id: {},
  c6in: {},
  c7a: { processor: '4th generation AMD EPYC (Genoa)' },
  c7g: { processor: 'AWS Graviton3' },
  c7gd: { processor: 'AWS Graviton3' },
  c7gn: { processor: 'AWS Graviton3E' },
  c7i: { processor: '4th generation Intel Xeon Scalable (Sapphire Rapids)' },
  'c7i-flex': { processor: '4th generation Intel Xeon Scalable (Sapphire Rapids)' },
  c8g: { processor: 'AWS Graviton4' },
  // Memory optimized
  r4: { previous: true },
  r5: {},
  r5a: {},
  r5ad: {},
  r5b: {},
  r5d: {},
  r5dn: {},
  r5n: {},
  r6a: {},
  r6g: { processor: 'AWS Graviton2' },
  r6gd: { processor: 'AWS Graviton2' },
  r6i: { processor: '3rd generation Intel Xeon Scalable (Ice Lake)' },
  r6id: {},
  r6idn: {},
  r6in: {},
  r7a: {},
  r7g: { processor: 'AWS Graviton3' },
  r7gd: { processor: 'AWS Graviton3' },
  r7i: { processor: '4th generation Intel Xeon Scalable (Sapphire Rapids)' },
  r7iz: { processor: '4th generation Intel Xeon Scalable (Sapphire Rapids)' },
  r8g: { processor: 'AWS Graviton4' },
  x1: { previous: true },
  x1e: {},
  x2gd: { processor: 'AWS Graviton2' },
  x2idn: {},
  x2iedn: {},
  x2iezn: {},
  x8g: { processor: 'AWS Graviton4' },
  z1d: { processor: 'Intel Xeon (Skylake)' },
  'u-3tb1': {},
  'u-6tb1': {},
  'u-9tb1': {},
  'u-12tb1': {},
  'u-18tb1': {},
  'u-24tb1': {},
  'u7i-12tb': {},
  'u7in-16tb': {},
  'u7in-24tb': {},
  'u7in-32tb': {},
  // Storage optimized
  d2: { previous: true },
  d3: {},
  d3en: {},
  h1: {},
  i3: {},
  i3en: {},
  i4g: { processor: 'AWS Graviton2' },
  i4i: { processor: '3rd generation Intel Xeon Scalable (Ice Lake)' },
  i7i: {},
  i7ie: {},
  i8g: { processor: 'AWS Graviton4' },
  im4gn: { processor: 'AWS Graviton2' },
  is4gen: { processor: 'AWS Graviton2' },
  // Accelerated computing
  dl1: {},
  dl2q: {},
  f1: {},
  f2: {},
  g4ad: {},
  g4dn: {},
  g5: {},
  g5g: { processor: 'AWS Graviton2' },
  g6: {},
  g6e: {},
  gr6: {},
  inf1: {},
  inf2: {},
  p3: { previous: true },
  p3dn: {},
  p4d: {},
  p4de: {},
  p5: {},
  p5e: {},
  p5en: {},
  'p6-b200': {},
  trn1: {},
  trn1n: {},
  trn2: {},
  vt1: {},
  // High-performance computing
  hpc6a: {},
  hpc6id: {},
  hpc7a: {},
  hpc7g: { processor: 'AWS Graviton3E' },
};
