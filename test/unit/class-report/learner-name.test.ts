import { describe, expect, it } from 'vitest';
import { learnerNameFromFileName } from '~/lib/class-report/learner-name';

describe('learnerNameFromFileName', () => {
  it.each([
    ['course-progress-ana-garcia.json', 'ana garcia'],
    ['course-progress-ana-garcia-2026-11-27.json', 'ana garcia'],
    ['course-progress-2026-11-27-Ben_Okafor.json', 'Ben Okafor'],
    ['Ana García - course-progress-2026-11-27.json', 'Ana García'],
    ['Jean-Luc Picard.json', 'Jean-Luc Picard'],
    ['jean-luc_picard.JSON', 'jean luc picard'],
    ['course-progress-chloe-2026-11-27 (1).json', 'chloe'],
    ['course_progress_dev_2026-11-27T10-30.json', 'dev'],
  ])('%s → "%s"', (file, name) => {
    expect(learnerNameFromFileName(file)).toBe(name);
  });

  it.each(['course-progress-2026-11-27.json', 'course-progress-2026-11-27 (3).json', 'Course Progress.json', '.json'])(
    'the default file name %s names nobody: ""',
    (file) => {
      expect(learnerNameFromFileName(file)).toBe('');
    },
  );
});
