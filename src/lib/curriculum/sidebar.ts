import type { Outline } from './types';

/** The subset of Starlight's sidebar item shape that the course uses. */
export type SidebarItem =
  | { label: string; link: string; attrs?: Record<string, string> }
  | { label: string; collapsed?: boolean; items: SidebarItem[] };

/**
 * Starlight sidebar for the course: Part → Chapter → overview, written lessons in curriculum order,
 * then the chapter quiz. Parts and chapters with nothing written are left out, so the sidebar never
 * links to a page that does not exist. Lesson links carry `data-lesson` so the progress script can
 * mark completed lessons without knowing URLs.
 */
export function buildSidebar(outline: Outline): SidebarItem[] {
  const items: SidebarItem[] = [];
  for (const part of outline.parts) {
    const chapters: SidebarItem[] = [];
    for (const chapter of part.chapters) {
      if (!chapter.path) continue;
      const children: SidebarItem[] = [
        { label: 'Chapter overview', link: chapter.path, attrs: { 'data-chapter-overview': String(chapter.number) } },
      ];
      for (const lesson of chapter.lessons)
        if (lesson.path)
          children.push({ label: `${lesson.number} ${lesson.title}`, link: lesson.path, attrs: { 'data-lesson': lesson.number } });
      if (chapter.hasQuiz)
        children.push({ label: `Chapter ${chapter.number} quiz`, link: `${chapter.path}quiz/`, attrs: { 'data-quiz': String(chapter.number) } });
      chapters.push({ label: `${chapter.number}. ${chapter.title}`, collapsed: true, items: children });
    }
    if (chapters.length > 0) items.push({ label: `Part ${part.number} · ${part.title}`, items: chapters });
  }
  return items;
}
