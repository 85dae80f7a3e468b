/**
 * EC2 instance type name decoder (lesson 4.1): `m7g.2xlarge` → family m7g (series m, general
 * purpose), 7th generation, AWS Graviton processor, size 2xlarge, plus vCPUs and memory when
 * {@link INSTANCE_SPECS} knows the type. The grammar, from "Amazon EC2 instance type naming
 * conventions":
 *
 *   type     = family "." size
 *   family   = series generation options ["-" suffix]      e.g. m7i-flex, p6-b200, mac2-m2pro
 *            | "u-" memory "tb" generation                   e.g. u-6tb1 (high memory)
 *            | "u" generation options "-" memory "tb"         e.g. u7in-16tb
 *   options  = [processor] {capability}                      processor a|g|i, capabilities b d e n q z
 *   size     = nano | micro | small | medium | large | xlarge | N "xlarge" | metal | "metal-" N "xl"
 *
 * Every failure is a sentence that says what is wrong and what a valid name looks like; the
 * decoder never throws. A name that follows the convention but whose family is not in
 * {@link KNOWN_FAMILIES} is decoded with a warning that it may not exist.
 */

import { instanceSpec, type InstanceSpec } from './instance-specs';
import {
  CAPABILITY_LETTERS,
  extraMeaning,
  HYPHEN_SUFFIXES,
  INSTANCE_SERIES,
  KNOWN_FAMILIES,
  PROCESSOR_LETTERS,
  SIZE_WORDS,
  type Ec2Category,
  type InstanceSeries,
} from './naming-data';

/** One piece of the name with what it means, in the order it appears. */
export interface NamePart {
  readonly text: string;
  readonly role: 'series' | 'generation' | 'processor' | 'capability' | 'suffix' | 'memory' | 'size';
  readonly meaning: string;
}

/** A decoded instance type. */
export interface DecodedInstanceType {
  readonly name: string;
  readonly family: string;
  readonly series: InstanceSeries;
  readonly category: Ec2Category;
  readonly generation: number;
  /** The processor letter's meaning, or null when the name has none. */
  readonly processor: string | null;
  /** The processor model when this widget's data knows the family. */
  readonly processorModel: string | null;
  readonly capabilities: readonly { readonly letter: string; readonly meaning: string }[];
  readonly size: { readonly text: string; readonly meaning: string };
  readonly spec: InstanceSpec | null;
  readonly parts: readonly NamePart[];
  /** The family is in this widget's list of existing families. */
  readonly knownFamily: boolean;
  readonly previousGeneration: boolean;
  readonly notes: readonly string[];
}

/** The decoded name or a message; `part` says which part of the name is wrong. */
export type DecodeResult =
  | { readonly ok: true; readonly decoded: DecodedInstanceType }
  | { readonly ok: false; readonly error: string; readonly part: 'name' | 'family' | 'size' };

const SIZE_HELP = 'sizes look like nano, micro, small, medium, large, xlarge, 2xlarge, 4xlarge… or metal';

const ordinal = (n: number) => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
};

/** What a size means, or an error. */
export function decodeSize(size: string): { readonly ok: true; readonly meaning: string } | { readonly ok: false; readonly error: string } {
  if (size === '') return { ok: false, error: `The size is missing after the dot; ${SIZE_HELP}.` };
  const word = SIZE_WORDS.indexOf(size);
  if (word !== -1) {
    const meanings: Record<string, string> = {
      nano: 'the smallest size',
      micro: 'very small',
      small: 'small',
      medium: 'medium',
      large: 'large: the base size of most families (often 2 vCPUs)',
      xlarge: 'extra large: twice large',
    };
    return { ok: true, meaning: meanings[size] ?? size };
  }
  const multiple = /^(\d+)xlarge$/.exec(size);
  if (multiple) {
    const n = Number(multiple[1]);
    if (multiple[1]?.startsWith('0') || n < 2) return { ok: false, error: `"${size}" is not a size: write xlarge for one unit and 2xlarge, 4xlarge… for more.` };
    return { ok: true, meaning: `${n} × xlarge: about ${n} times the vCPUs and memory of xlarge` };
  }
  if (size === 'metal') return { ok: true, meaning: 'bare metal: the whole physical server, without a hypervisor' };
  const metal = /^metal-(\d+)xl$/.exec(size);
  if (metal && !metal[1]?.startsWith('0')) return { ok: true, meaning: `bare metal with the resources of ${metal[1]}xlarge` };
  return { ok: false, error: `Size "${size}" is not an EC2 size; ${SIZE_HELP}.` };
}

/** "r: Memory optimized", or "x: Memory intensive (Memory optimized)" when they differ. */
function seriesMeaning(series: InstanceSeries): string {
  return series.meaning === series.category ? `${series.prefix}: ${series.meaning}` : `${series.prefix}: ${series.meaning} (${series.category})`;
}

function seriesFor(prefix: string): InstanceSeries | undefined {
  return INSTANCE_SERIES.find((s) => s.prefix === prefix);
}

/** Decodes an instance type name. */
export function decodeInstanceType(raw: string): DecodeResult {
  const name = raw.trim().toLowerCase();
  if (name === '') return { ok: false, error: 'Type an instance type such as m7g.2xlarge.', part: 'name' };
  if (/\s/.test(name)) return { ok: false, error: 'Instance type names have no spaces, e.g. m7g.2xlarge.', part: 'name' };
  const dot = name.indexOf('.');
  if (dot === -1) {
    return {
      ok: false,
      error: `"${name}" has no size: an instance type is family.size, e.g. ${/^[a-z]/.test(name) ? name : 'm7g'}.large.`,
      part: 'size',
    };
  }
  const familyText = name.slice(0, dot);
  const sizeText = name.slice(dot + 1);
  if (familyText === '') return { ok: false, error: 'The family is missing before the dot, e.g. m7g in m7g.large.', part: 'family' };
  if (sizeText.includes('.')) return { ok: false, error: `"${name}" has more than one dot; an instance type is family.size, e.g. m7g.large.`, part: 'name' };

  const family = decodeFamily(familyText);
  if (!family.ok) return family;
  const size = decodeSize(sizeText);
  if (!size.ok) return { ok: false, error: size.error, part: 'size' };

  const known = KNOWN_FAMILIES[familyText];
  const notes: string[] = [];
  if (!known) {
    notes.push(`${familyText} follows the naming convention but is not in this widget's list of families (checked 2026-11-27): it may not exist, or be newer.`);
  }
  if (known?.previous || family.series.previousOnly) notes.push(`${familyText} is a previous-generation family: AWS recommends current generations for new workloads.`);
  const spec = instanceSpec(name) ?? null;
  return {
    ok: true,
    decoded: {
      ...family,
      name,
      family: familyText,
      processorModel: known?.processor ?? null,
      size: { text: sizeText, meaning: size.meaning },
      spec,
      parts: [...family.parts, { text: sizeText, role: 'size', meaning: size.meaning }],
      knownFamily: Boolean(known),
      previousGeneration: Boolean(known?.previous || family.series.previousOnly),
      notes: [...family.notes, ...notes],
    },
  };
}

type FamilyDecode =
  | {
      readonly ok: true;
      readonly series: InstanceSeries;
      readonly category: Ec2Category;
      readonly generation: number;
      readonly processor: string | null;
      readonly capabilities: readonly { readonly letter: string; readonly meaning: string }[];
      readonly parts: readonly NamePart[];
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly error: string; readonly part: 'family' };

function familyError(error: string): FamilyDecode {
  return { ok: false, error, part: 'family' };
}

/** Decodes the part before the dot. */
function decodeFamily(text: string): FamilyDecode {
  // High memory, older form: u-6tb1 (memory in TiB, then the generation).
  const oldHighMemory = /^u-(\d+)tb(\d+)$/.exec(text);
  if (oldHighMemory) {
    const series = seriesFor('u');
    if (!series) return familyError('Unknown family.');
    const [, tib = '', gen = ''] = oldHighMemory;
    return {
      ok: true,
      series,
      category: series.category,
      generation: Number(gen),
      processor: null,
      capabilities: [],
      parts: [
        { text: 'u-', role: 'series', meaning: seriesMeaning(series) },
        { text: `${tib}tb`, role: 'memory', meaning: `${tib} TiB of memory` },
        { text: gen, role: 'generation', meaning: `${ordinal(Number(gen))} generation` },
      ],
      notes: [],
    };
  }
  if (text.startsWith('u-')) return familyError(`"${text}" looks like a high memory family; those are written u-6tb1 (memory in TiB, then the generation).`);

  const letters = /^[a-z]+/.exec(text)?.[0] ?? '';
  if (letters === '') return familyError(`"${text}" does not start with a family letter; names start like m7g, c7i or t3.`);
  const series = INSTANCE_SERIES.find((s) => letters.startsWith(s.prefix) && /^\d/.test(text.slice(s.prefix.length)));
  if (!series) {
    const digitAt = text.search(/\d/);
    if (digitAt === -1) return familyError(`"${text}" has no generation number; a family is letters then a number, e.g. m7g or c6i.`);
    return familyError(`No such family "${text.slice(0, digitAt)}": EC2 families start with ${INSTANCE_SERIES.map((s) => s.prefix).join(', ')}.`);
  }
  const rest = text.slice(series.prefix.length);
  const match = /^(\d+)([a-z]*)(?:-([a-z0-9]+))?$/.exec(rest);
  if (!match) return familyError(`"${text}" is not a family name: after "${series.prefix}" come the generation number, option letters and at most one -suffix.`);
  const [, genText = '', options = '', suffix] = match;
  const generation = Number(genText);
  if (genText.length > 1 && genText.startsWith('0')) return familyError(`"${genText}" is not a generation number.`);

  const parts: NamePart[] = [
    { text: series.prefix, role: 'series', meaning: seriesMeaning(series) },
    { text: genText, role: 'generation', meaning: `${ordinal(generation)} generation` },
  ];
  let processor: string | null = null;
  const capabilities: { letter: string; meaning: string }[] = [];
  let i = 0;
  const first = options[0];
  const processorLetter = PROCESSOR_LETTERS.find((p) => p.letter === first);
  if (processorLetter && series.prefix !== 'mac') {
    processor = processorLetter.meaning;
    parts.push({ text: processorLetter.letter, role: 'processor', meaning: processorLetter.meaning });
    i = 1;
  }
  for (; i < options.length; i += 1) {
    const letter = options[i] ?? '';
    const capability = CAPABILITY_LETTERS.find((c) => c.letter === letter);
    if (!capability) {
      const isProcessor = PROCESSOR_LETTERS.some((p) => p.letter === letter);
      return familyError(
        isProcessor
          ? `In "${text}", the processor letter "${letter}" must come straight after the generation number (e.g. m7gd, not m7dg).`
          : `"${letter}" in "${text}" is not a capability letter; EC2 uses a (AMD), g (Graviton), i (Intel), then b, d, e, n, q, z.`,
      );
    }
    if (capabilities.some((c) => c.letter === letter)) return familyError(`"${letter}" appears twice in "${text}".`);
    const meaning = letter === 'e' ? extraMeaning(series.category) : capability.meaning;
    capabilities.push({ letter, meaning });
    parts.push({ text: letter, role: 'capability', meaning });
  }

  const notes: string[] = [];
  if (suffix !== undefined) {
    const memory = /^(\d+)tb$/.exec(suffix);
    if (series.prefix === 'u' && memory) {
      parts.push({ text: `-${suffix}`, role: 'memory', meaning: `${memory[1]} TiB of memory` });
    } else if (HYPHEN_SUFFIXES[suffix]) {
      const meaning = HYPHEN_SUFFIXES[suffix] ?? suffix;
      capabilities.push({ letter: suffix, meaning });
      parts.push({ text: `-${suffix}`, role: 'suffix', meaning });
    } else {
      return familyError(`"-${suffix}" is not a suffix EC2 uses; known ones are ${Object.keys(HYPHEN_SUFFIXES).map((s) => `-${s}`).join(', ')} and -<n>tb for high memory.`);
    }
  }
  if (series.prefix === 'g' && processor !== null && options.startsWith('g')) {
    notes.push('The first g is the series (graphics intensive); the second is the processor (AWS Graviton).');
  }
  return { ok: true, series, category: series.category, generation, processor, capabilities, parts, notes };
}
