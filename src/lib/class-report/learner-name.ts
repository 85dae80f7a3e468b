/**
 * Guessing a learner's name from the name of their progress export file.
 *
 * The Progress page saves "course-progress-2026-11-27.json", which names nobody, so learners are
 * asked to add their name; in practice files arrive as "course-progress-ana-garcia.json",
 * "Ana García - course-progress-2026-11-27.json", "course-progress-2026-11-27 (1).json"… The guess
 * only fills in the display name; the instructor can always overwrite it.
 */

const EXTENSION = /\.json$/i;
/** "(1)", " (2)" and "-1" style suffixes browsers and mail clients add to repeated downloads. */
const COPY_SUFFIX = /[\s_-]*\(\d+\)$/;
const PREFIX = /course[\s_-]*progress/i;
const DATE = /\d{4}-\d{2}-\d{2}(?:[T_ ]\d{2}[-.:]?\d{2}(?:[-.:]?\d{2})?)?/g;
const SEPARATORS_AT_ENDS = /^[\s_.-]+|[\s_.-]+$/g;

/**
 * The learner's name as far as the file name tells: the export prefix, the date, the ".json"
 * extension and copy counters removed. Returns "" when nothing is left (the default file name).
 * Hyphens and underscores become spaces unless the name already has spaces ("Jean-Luc Picard" keeps
 * its hyphen, "jean-luc" becomes "jean luc"). Letter case is kept: names are not ours to re-case.
 */
export function learnerNameFromFileName(fileName: string): string {
  let name = fileName.trim().replace(EXTENSION, '').replace(COPY_SUFFIX, '');
  name = name.replace(PREFIX, ' ').replace(DATE, ' ').replace(COPY_SUFFIX, '');
  name = name.replace(SEPARATORS_AT_ENDS, '');
  name = /\s/.test(name) ? name.replace(/_+/g, ' ') : name.replace(/[-_]+/g, ' ');
  return name.replace(/\s+/g, ' ').replace(SEPARATORS_AT_ENDS, '').trim();
}
