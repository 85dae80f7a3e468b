import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseQuiz } from '../../src/lib/quiz/load';
import type { Question } from '../../src/lib/quiz/schema';
import { expectNoSeriousA11yViolations } from './helpers';

const QUIZ_PATH = '/26-high-availability-disaster-recovery/quiz/';
const file = 'content/26-high-availability-disaster-recovery/quiz.yaml';
const quiz = parseQuiz(readFileSync(file, 'utf8'), file, { lessons: new Set(['26.1', '26.2', '26.3', '26.4']) });

/** Answers one question with the keyboard only: focus a control, Space to choose, or type. */
async function answerWithKeyboard(page: Page, q: Question, right: boolean) {
  const card = page.locator(`fieldset[data-question-id="${q.id}"]`);
  if (q.type === 'single' || q.type === 'multiple') {
    const correct = q.options.filter((o) => o.correct).map((o) => o.id);
    const wrong = q.options.find((o) => !o.correct)!.id;
    for (const id of right ? correct : [wrong]) {
      await card.locator(`input[value="${id}"]`).focus();
      await page.keyboard.press('Space');
    }
  } else if (q.type === 'true-false') {
    await card.getByRole('radio', { name: String(right ? q.answer : !q.answer) === 'true' ? 'True' : 'False' }).focus();
    await page.keyboard.press('Space');
  } else {
    await card.getByRole('textbox').focus();
    await page.keyboard.type(String(right ? q.answer : q.answer + q.tolerance + 1000));
  }
}

async function press(page: Page, name: string | RegExp) {
  await page.getByRole('button', { name }).first().focus();
  await page.keyboard.press('Enter');
}

test('practice mode by keyboard: check as you go, score, lessons to revisit, retry the missed ones', async ({ page }) => {
  await page.goto(QUIZ_PATH);
  await expect(page.getByRole('heading', { name: /^Practice/ })).toBeVisible();
  const missed = quiz.questions.slice(-2);
  for (const q of quiz.questions) {
    const right = !missed.includes(q);
    await answerWithKeyboard(page, q, right);
    const card = page.locator(`fieldset[data-question-id="${q.id}"]`);
    await card.getByRole('button', { name: 'Check answer' }).focus();
    await page.keyboard.press('Enter');
    const feedback = card.locator('.quiz-q__feedback');
    await expect(feedback).toContainText(right ? 'Correct.' : 'Not quite.');
    await expect(feedback).toBeFocused();
  }
  await press(page, 'See your score');
  const result = page.getByRole('heading', { name: /^Your result/ });
  await expect(result).toBeFocused();
  const total = quiz.questions.length;
  await expect(result).toHaveText(`Your result: ${total - 2} of ${total} correct (${Math.floor(((total - 2) / total) * 100)}%)`);
  const revisit = [...new Set(missed.map((q) => q.lesson))];
  for (const lesson of revisit) await expect(page.getByRole('link', { name: new RegExp(`^${lesson.replace('.', '\\.')} `) }).first()).toBeVisible();

  await press(page, `Retry the 2 I missed`);
  await expect(page.getByRole('heading', { name: /the questions you missed/ })).toBeFocused();
  await expect(page.locator('fieldset[data-question-id]')).toHaveCount(2);

  // The score is on the progress page and the chapter overview.
  await page.goto('/progress/');
  const row = page.getByRole('row', { name: /26\. High availability/ });
  await expect(row).toContainText(`${Math.floor(((total - 2) / total) * 100)}% ✓`);
  await page.goto('/26-high-availability-disaster-recovery/');
  await expect(page.getByText(/Your best score: \d+% \(passed\)/)).toBeVisible();
});

test('exam mode: resume after a reload, flag, submit with unanswered questions, full review', async ({ page }) => {
  await page.goto(QUIZ_PATH);
  await page.getByText('Start a new attempt instead').click();
  await page.getByRole('radio', { name: /^Exam/ }).first().focus();
  await page.keyboard.press('Space');
  await press(page, 'Start a new attempt');
  await expect(page.getByRole('heading', { name: /^Exam/ })).toBeFocused();

  // The new attempt is shuffled: find questions by id, whatever their position.
  const [first, second, third] = quiz.questions;
  await answerWithKeyboard(page, first!, true);
  await answerWithKeyboard(page, second!, false);
  const card = page.locator(`fieldset[data-question-id="${third!.id}"]`);
  await card.getByRole('button', { name: /Flag for review/ }).focus();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('button', { name: /Flagged/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.quiz-q__feedback')).toHaveCount(0);

  await page.reload();
  await expect(page.getByText('You are continuing an unfinished attempt.')).toBeVisible();
  await expect(page.getByText(`2 of ${quiz.questions.length} answered, 1 flagged.`)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Questions' }).getByRole('link', { name: /flagged/ })).toHaveCount(1);

  await press(page, 'Submit answers');
  await expect(page.getByText(/questions are not answered and will count as wrong/)).toBeVisible();
  await press(page, 'Submit anyway');
  await expect(page.getByRole('heading', { name: /^Your result: 1 of/ })).toBeFocused();
  await expect(page.getByText(/Not yet: the pass mark is 70%/)).toBeVisible();
  // Full review: every question with its verdict and explanation.
  await expect(page.locator('.quiz-result .quiz-q__feedback')).toHaveCount(quiz.questions.length);
  await expect(page.locator('.quiz-result .quiz-q__feedback.is-correct')).toHaveCount(1);

  // The unfinished attempt is gone after submit.
  await page.reload();
  await expect(page.getByText('You are continuing an unfinished attempt.')).toHaveCount(0);
});

test('a numeric answer that is not a number gets a message at the field', async ({ page }) => {
  await page.goto(QUIZ_PATH);
  const numeric = quiz.questions.find((q) => q.type === 'numeric')!;
  const card = page.locator(`fieldset[data-question-id="${numeric.id}"]`);
  await card.getByRole('textbox').fill('four');
  await expect(card.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
  await expect(card.locator('.quiz-q__error')).toBeVisible();
  await expect(card.getByRole('button', { name: 'Check answer' })).toBeDisabled();
});

test('the quiz page is readable before JavaScript and has no serious axe violations', async ({ browser, page }) => {
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(QUIZ_PATH);
  await expect(plain.locator('fieldset legend').first()).toContainText('Question 1 of');
  await noJs.close();

  await page.goto(QUIZ_PATH);
  await page.waitForLoadState('networkidle');
  await expectNoSeriousA11yViolations(page);
  const first = quiz.questions[0]!;
  await answerWithKeyboard(page, first, false);
  await page.locator(`fieldset[data-question-id="${first.id}"]`).getByRole('button', { name: 'Check answer' }).click();
  await expectNoSeriousA11yViolations(page);
});
