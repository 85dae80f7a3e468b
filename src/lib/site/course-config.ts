/**
 * Branding and scope of a copy of the course, read from content/course.yaml: the one file an
 * instructor edits to put their name on the course and to choose which parts it includes. Parsed
 * and validated here (pure), so the site, the build and the export CLI apply it the same way.
 */
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import type { Curriculum } from '../curriculum/types';

const PART_NUMBERS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'] as const;
const PARTS_MESSAGE = `"parts" must be "all" or a list of at least one part number (${PART_NUMBERS.join(', ')}), e.g. [III, V].`;

export const CourseConfigSchema = z
  .strictObject({
    title: z.string().trim().min(1, { error: '"title" must not be empty.' }).default('Cloud, AWS & Terraform — From Zero to Expert').describe('Site title.'),
    logo: z
      .string()
      .regex(/^[\w.-]+\.(svg|png|webp)$/i, { error: '"logo" must be the name of an .svg, .png or .webp file in the content/ folder, e.g. logo.svg.' })
      .optional()
      .describe('Logo file in content/.'),
    accentColor: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, { error: '"accentColor" must be a 6-digit hex colour like "#0b7a75".' })
      .optional()
      .describe('Accent colour; the default theme colour when absent.'),
    footer: z.string().default('').describe('Footer text (Markdown links allowed).'),
    parts: z
      .union([z.literal('all'), z.array(z.enum(PART_NUMBERS)).min(1, { error: () => PARTS_MESSAGE })], { error: () => PARTS_MESSAGE })
      .default('all')
      .describe('"all" or a list of part numbers (I–VIII).'),
  })
  .describe('content/course.yaml');

export type CourseConfig = z.output<typeof CourseConfigSchema>;

/** Raised for a malformed content/course.yaml; the message names the key and the fix. */
export class CourseConfigError extends Error {}

/** Parses content/course.yaml text (an empty file means all defaults). */
export function parseCourseConfig(source: string, file = 'content/course.yaml'): CourseConfig {
  let data: unknown;
  try {
    data = parseYaml(source) ?? {};
  } catch (error) {
    throw new CourseConfigError(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  const result = CourseConfigSchema.safeParse(data);
  if (!result.success)
    throw new CourseConfigError(
      `${file}:\n${result.error.issues.map((i) => `- ${i.path.length ? `${i.path.join('.')}: ` : ''}${i.code === 'unrecognized_keys' ? `unknown key(s) ${i.keys.join(', ')}; the keys are title, logo, accentColor, footer, parts` : i.message}`).join('\n')}`,
    );
  return result.data;
}

/** The curriculum restricted to the parts the config includes (numbering unchanged). */
export function scopeCurriculum(curriculum: Curriculum, config: Pick<CourseConfig, 'parts'>): Curriculum {
  if (config.parts === 'all') return curriculum;
  const keep = new Set<string>(config.parts);
  return { ...curriculum, parts: curriculum.parts.filter((p) => keep.has(p.number)) };
}

/** Chapter numbers in the included parts. */
export function includedChapters(curriculum: Curriculum, config: Pick<CourseConfig, 'parts'>): number[] {
  return scopeCurriculum(curriculum, config).parts.flatMap((p) => p.chapters.map((c) => c.number));
}
