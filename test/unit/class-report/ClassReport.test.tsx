// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ClassReport from '~/components/instructor/ClassReport';
import { button, byLabel, click, type, mountWidgets } from '../widget-dom';
import { ANA, BEN, CHAPTERS, CHLOE } from './fixtures';

const mountWidget = mountWidgets();
const mount = () => mountWidget(<ClassReport chapters={CHAPTERS} />);

afterEach(() => {
  vi.restoreAllMocks();
});

const FILE_LABEL = 'Progress export files (.json)';
const json = (text: string, name: string) => new File([text], name, { type: 'application/json' });
const ana = () => json(ANA, 'course-progress-ana-2026-11-27.json');
const ben = () => json(BEN, 'course-progress-2026-11-26.json');
const chloe = () => json(CHLOE, 'Chloé Martin.json');
const notes = () => new File(['remember the milk'], 'notes.txt', { type: 'text/plain' });

const status = (c: HTMLElement) => c.querySelector('[role="status"]')?.textContent ?? '';
const alertItems = (c: HTMLElement) => [...c.querySelectorAll('[role="alert"] li')].map((li) => li.textContent);
const rowHeaders = (c: HTMLElement) => [...c.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent);
const rowCells = (c: HTMLElement, index: number) =>
  [...(c.querySelectorAll('tbody tr')[index]?.querySelectorAll('td') ?? [])].map((td) => td.textContent);

/** Waits (in act) until the files have been read and the report updated. */
async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
  expect(check()).toBe(true);
}

const announcement = (c: HTMLElement) => c.querySelector('[role="status"] > span');

/** Chooses files with the file input, as a keyboard user does, and waits for the announcement. */
async function choose(container: HTMLElement, files: File[]) {
  const input = byLabel(container, FILE_LABEL);
  const before = announcement(container);
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
  await until(() => announcement(container) !== before);
}

/** A drag-and-drop event carrying files. */
function dragEvent(kind: 'dragenter' | 'dragover' | 'drop', files: File[]) {
  const event = new Event(kind, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { files, types: ['Files'], dropEffect: 'none' } });
  return event;
}

describe('ClassReport', () => {
  it('choosing files with the input shows the table and names the files that were not added', async () => {
    const container = await mount();
    await choose(container, [ana(), notes(), ben(), chloe()]);

    expect(status(container)).toBe('3 files read, 1 rejected');
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('1 file was not added:');
    expect(alertItems(container)).toEqual(['notes.txt: This file is not valid JSON. Choose a file saved with “Export progress”.']);

    expect(container.querySelector('caption')?.textContent).toBe('Class progress: 3 learners, sorted by name (A to Z)');
    expect(rowHeaders(container)).toEqual([
      'ana course-progress-ana-2026-11-27.json',
      'Chloé Martin Chloé Martin.json',
      'Learner 2 course-progress-2026-11-26.json',
    ]);
    expect(rowCells(container, 0)).toEqual([
      '4/4 lessons quiz 80% ✓ passed',
      '1/2 lessons',
      '1/5 lessons quiz not taken',
      '6/11 lessons (54%)',
    ]);
    expect(rowCells(container, 2)).toEqual([
      '1/4 lessons quiz not taken',
      '0/2 lessons',
      '2/5 lessons quiz 40%',
      '3/11 lessons (27%)',
    ]);
    const average = [...container.querySelectorAll('tfoot tr > *')].map((cell) => cell.textContent);
    expect(average).toEqual([
      'Class average 3 learners',
      '1.7/4 lessons (41%) quiz 80% 1 of 3 took it',
      '0.3/2 lessons (16%)',
      '1/5 lessons (20%) quiz 40% 1 of 3 took it',
      '3/11 lessons (27%)',
    ]);
  });

  it('has a labelled multi-file input, a captioned table with scoped headers, and a scrollable region', async () => {
    const container = await mount();
    const input = byLabel(container, FILE_LABEL);
    expect(input.type).toBe('file');
    expect(input.multiple).toBe(true);
    expect(input.accept).toBe('.json,application/json');
    await choose(container, [ana()]);
    const headers = [...container.querySelectorAll('thead th')];
    expect(headers.map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col', 'col', 'col']);
    expect(headers.map((th) => th.textContent)).toEqual([
      'Learner ▲',
      '1. What the cloud is 4 lessons + quiz',
      '2. Regions, zones and "edge" 2 lessons',
      '26. Backup and disaster recovery 5 lessons + quiz',
      'All chapters',
    ]);
    const region = container.querySelector('[role="region"]')!;
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(document.getElementById(region.getAttribute('aria-labelledby')!)?.tagName).toBe('CAPTION');
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('');
  });

  it('adds files dropped on the drop zone, and lists a file dropped twice once', async () => {
    const container = await mount();
    const zone = container.querySelector('[data-drop-zone]')!;
    await act(async () => zone.dispatchEvent(dragEvent('dragenter', [ana()])));
    expect(zone.classList.contains('is-dragging')).toBe(true);
    const over = dragEvent('dragover', [ana()]);
    await act(async () => zone.dispatchEvent(over));
    expect(over.defaultPrevented).toBe(true);

    const drop = dragEvent('drop', [ana(), ben()]);
    await act(async () => zone.dispatchEvent(drop));
    await until(() => status(container) === '2 files read, 0 rejected');
    expect(drop.defaultPrevented).toBe(true);
    expect(zone.classList.contains('is-dragging')).toBe(false);

    await act(async () => zone.dispatchEvent(dragEvent('drop', [ana()])));
    await until(() => status(container) === '0 files read, 0 rejected, 1 already added');
    expect(alertItems(container)).toEqual(['course-progress-ana-2026-11-27.json: This file is already in the report; it is listed once.']);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(2);
  });

  it('keeps the browser from opening a file dropped beside the zone', async () => {
    const container = await mount();
    const drop = dragEvent('drop', [ana()]);
    await act(async () => container.querySelector('h2')!.dispatchEvent(drop));
    expect(drop.defaultPrevented).toBe(true);
    expect(container.querySelector('table')).toBeNull();
  });

  it('announces a repeated outcome again', async () => {
    const container = await mount();
    await choose(container, [notes()]);
    const first = announcement(container);
    expect(status(container)).toBe('0 files read, 1 rejected');
    await choose(container, [json('{}', 'empty.json')]);
    // Same sentence, new node: screen readers announce the replacement.
    expect(announcement(container)).not.toBe(first);
    expect(status(container)).toBe('0 files read, 1 rejected');
    expect(alertItems(container)).toEqual([
      'empty.json: This JSON file is not a progress export from this course. Choose a file saved with “Export progress”.',
    ]);
  });

  it('an edited name re-sorts the table; an emptied one goes back to the guess', async () => {
    const container = await mount();
    await choose(container, [ana(), ben()]);
    const field = byLabel(container, 'Name for course-progress-2026-11-26.json');
    expect(field.value).toBe('Learner 2');
    await type(field, 'Aaron Smith');
    await until(() => rowHeaders(container)[0] === 'Aaron Smith course-progress-2026-11-26.json');
    await type(field, '');
    await until(() => rowHeaders(container)[1] === 'Learner 2 course-progress-2026-11-26.json');
  });

  it('numbers the name fields of files that share a name', async () => {
    const container = await mount();
    await choose(container, [json(ANA, 'course-progress-2026-11-27.json'), json(BEN, 'course-progress-2026-11-27.json')]);
    expect(byLabel(container, 'Name for course-progress-2026-11-27.json (1)').value).toBe('Learner 1');
    expect(byLabel(container, 'Name for course-progress-2026-11-27.json (2)').value).toBe('Learner 2');
  });

  it('sorts by name, A to Z or Z to A', async () => {
    const container = await mount();
    await choose(container, [ana(), ben(), chloe()]);
    const header = container.querySelector('thead th')!;
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    await click(button(container, 'Learner ▲'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(container.querySelector('caption')?.textContent).toContain('(Z to A)');
    expect(rowHeaders(container).map((h) => h!.split(' ')[0])).toEqual(['Learner', 'Chloé', 'ana']);
  });

  it('saves the report as a UTF-8 CSV file with a byte order mark', async () => {
    const container = await mount();
    await choose(container, [ana(), chloe()]);
    let blob: Blob | undefined;
    let download = '';
    URL.createObjectURL = vi.fn((b: Blob) => ((blob = b), 'blob:class-report'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      download = this.download;
    });
    await click(button(container, 'Save as CSV'));
    expect(download).toMatch(/^class-report-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines.slice(1)).toEqual([
      'ana,course-progress-ana-2026-11-27.json,2026-11-27T10:00:00.000Z,4,80,1,1,,6,54',
      'Chloé Martin,Chloé Martin.json,2026-11-25T07:15:00.000Z,0,,0,0,,0,0',
      'Class average (2 learners),,,2,80,0.5,0.5,,3,27',
      '',
    ]);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:class-report');
  });

  it('removes all files and returns focus to the file input', async () => {
    const container = await mount();
    await choose(container, [ana(), notes()]);
    await click(button(container, 'Remove all files'));
    expect(container.querySelector('table')).toBeNull();
    expect(container.textContent).toContain('No progress files added yet.');
    expect(status(container)).toBe('All files removed from the report.');
    expect(alertItems(container)).toEqual([]);
    expect(document.activeElement).toBe(byLabel(container, FILE_LABEL));
  });
});
