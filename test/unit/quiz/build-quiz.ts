// Builders for quizzes in grading and shuffling tests: typed, validated through the real schema, so a
// test cannot grade a quiz that `parseQuiz` would reject.
import {
  QuizSchema,
  type MultipleQuestion,
  type NumericQuestion,
  type Question,
  type Quiz,
  type SingleQuestion,
  type TrueFalseQuestion,
} from '~/lib/quiz/schema';

const common = (id: string, lesson: string) => ({
  id,
  lesson,
  prompt: `Prompt of ${id}`,
  explanation: `Explanation of ${id}`,
});

/** A single-choice question whose options are `ids`, the right one being `correct`. */
export function single(id: string, lesson: string, ids: string[], correct: string): SingleQuestion {
  return {
    type: 'single',
    ...common(id, lesson),
    options: ids.map((optionId) => ({ id: optionId, text: `Option ${optionId}`, ...(optionId === correct ? { correct: true } : {}) })),
  };
}

/** A multiple-choice question whose options are `ids`, the right ones being `correct`. */
export function multiple(id: string, lesson: string, ids: string[], correct: string[]): MultipleQuestion {
  return {
    type: 'multiple',
    ...common(id, lesson),
    options: ids.map((optionId) => ({ id: optionId, text: `Option ${optionId}`, ...(correct.includes(optionId) ? { correct: true } : {}) })),
  };
}

export function trueFalse(id: string, lesson: string, answer: boolean): TrueFalseQuestion {
  return { type: 'true-false', ...common(id, lesson), answer };
}

export function numeric(id: string, lesson: string, answer: number, tolerance = 0): NumericQuestion {
  return { type: 'numeric', ...common(id, lesson), answer, tolerance };
}

/** A quiz for chapter 26 holding `questions`, checked against the schema. */
export function quizOf(questions: Question[], passMark?: number): Quiz {
  return QuizSchema.parse({ chapter: 26, ...(passMark === undefined ? {} : { passMark }), questions });
}
