/**
 * Progress on plain pages, without React: custom elements and marks driven by the vanilla store.
 * Loaded once per page (from the Banner override), it
 * - marks every element with `data-lesson="N.M"` (sidebar links, tables of contents) as complete;
 * - runs <lesson-complete> (the "Mark as complete" toggle at the end of a lesson);
 * - runs <progress-summary> (done/total and a "continue" link on the landing and chapter pages);
 * - adds the best score after every quiz link (`data-quiz="26"`) and fills <quiz-score>;
 * - runs <progress-notice> (what went wrong with storage, if anything).
 * Server HTML shows the "not started" state; these elements update it after the store hydrates.
 */
import { dismissNotice, isLessonComplete, progressStore, toggleLessonComplete, type ProgressNotice } from '../stores/progress';
import { summariseProgress, type SummaryLesson } from '../lib/progress/summary';
import { quizScores } from '../lib/progress/model';

const DONE_CLASS = 'lesson-done';

function markLessons(): void {
  const { lessons } = progressStore.getState();
  for (const el of document.querySelectorAll<HTMLElement>('[data-lesson]')) {
    if (el.closest('lesson-complete')) continue;
    const done = (el.dataset.lesson ?? '') in lessons;
    el.classList.toggle(DONE_CLASS, done);
    let label = el.querySelector<HTMLElement>(':scope > .lesson-done-label');
    if (done && !label) {
      label = document.createElement('span');
      label.className = 'lesson-done-label';
      label.innerHTML = '<span aria-hidden="true">✓</span><span class="sr-only"> (completed)</span>';
      el.append(label);
    } else if (!done && label) label.remove();
  }
}

function markQuizzes(): void {
  const state = progressStore.getState();
  for (const el of document.querySelectorAll<HTMLElement>('[data-quiz]')) {
    const { best } = quizScores(state, Number(el.dataset.quiz));
    let label = el.querySelector<HTMLElement>(':scope > .quiz-score-label');
    if (best && !label) {
      label = document.createElement('span');
      label.className = 'quiz-score-label';
      el.append(label);
    }
    if (best && label) label.textContent = ` · best ${best.percent}%`;
    else label?.remove();
  }
  for (const el of document.querySelectorAll<HTMLElement>('quiz-score')) {
    const { best, last, attempts } = quizScores(state, Number(el.dataset.chapter));
    el.textContent = best
      ? `Your best score: ${best.percent}%${best.passed ? ' (passed)' : ''}; last: ${last?.percent}% · ${attempts} attempt${attempts === 1 ? '' : 's'}.`
      : 'You have not taken this quiz yet.';
  }
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

class LessonComplete extends HTMLElement {
  #unsubscribe?: () => void;
  connectedCallback() {
    const lesson = this.dataset.lesson ?? '';
    const button = this.querySelector('button');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!button || !status) return;
    const render = () => {
      const entry = progressStore.getState().lessons[lesson];
      button.setAttribute('aria-pressed', String(Boolean(entry)));
      this.toggleAttribute('data-complete', Boolean(entry));
      status.textContent = entry
        ? `Completed on ${dateFormat.format(new Date(entry.completedAt))}. Press again to mark it as not complete.`
        : 'Not completed yet.';
    };
    button.addEventListener('click', () => {
      toggleLessonComplete(lesson);
    });
    render();
    this.#unsubscribe = progressStore.subscribe(render);
  }
  disconnectedCallback() {
    this.#unsubscribe?.();
  }
}

class ProgressSummaryElement extends HTMLElement {
  #unsubscribe?: () => void;
  connectedCallback() {
    const lessons = JSON.parse(this.dataset.lessons ?? '[]') as SummaryLesson[];
    const base = this.dataset.base ?? '/';
    const text = this.querySelector<HTMLElement>('[data-summary-text]');
    const bar = this.querySelector<HTMLProgressElement>('progress');
    const link = this.querySelector<HTMLAnchorElement>('[data-summary-next]');
    const render = () => {
      const summary = summariseProgress(lessons, progressStore.getState());
      if (text)
        text.textContent = summary.started
          ? `You have completed ${summary.done} of ${summary.total} lessons (${summary.percent}%).`
          : `${summary.total} lessons to go. Your progress is saved in this browser as you mark lessons complete.`;
      if (bar) {
        bar.value = summary.done;
        bar.max = Math.max(summary.total, 1);
      }
      if (link) {
        if (summary.next) {
          link.hidden = false;
          link.href = `${base.replace(/\/$/, '')}${summary.next.path}`;
          link.textContent = `${summary.started ? 'Continue with' : 'Start with'} ${summary.next.number} ${summary.next.title}`;
        } else link.hidden = true;
      }
    };
    render();
    this.#unsubscribe = progressStore.subscribe(render);
  }
  disconnectedCallback() {
    this.#unsubscribe?.();
  }
}

function noticeText(notice: ProgressNotice): string {
  switch (notice.kind) {
    case 'corrupt':
      return `Your saved progress could not be read (${notice.reason}), so this page starts fresh. The old data is kept in this browser under “${notice.backupKey}”.`;
    case 'corrupt-unsaved':
      return `Your saved progress could not be read (${notice.reason}) and there was no room to back it up, so it is left untouched and nothing new will be saved in this browser.`;
    case 'newer':
      return `Your progress was saved by a newer version of this course, so it is not loaded here. It is kept under “${notice.backupKey}”.`;
    case 'unavailable':
      return 'This browser does not let the course save progress (private mode or storage blocked or full). Your progress works on this page but will be lost when you close it. Export it from the Progress page to keep it.';
  }
}

class ProgressNoticeElement extends HTMLElement {
  connectedCallback() {
    const text = this.querySelector<HTMLElement>('[data-notice-text]');
    const close = this.querySelector('button');
    close?.addEventListener('click', () => dismissNotice());
    const render = () => {
      const { notice } = progressStore.getState();
      this.hidden = !notice;
      if (notice && text) text.textContent = noticeText(notice);
    };
    render();
    progressStore.subscribe(render);
  }
}

customElements.define('lesson-complete', LessonComplete);
customElements.define('progress-summary', ProgressSummaryElement);
customElements.define('progress-notice', ProgressNoticeElement);
markLessons();
markQuizzes();
progressStore.subscribe(() => {
  markLessons();
  markQuizzes();
});

export { isLessonComplete };
