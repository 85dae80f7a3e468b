/**
 * What a learner answered to one question. This is the only answer shape the quiz page, the progress
 * store and grading exchange, and it is persisted in localStorage, so it is plain JSON: no class
 * instances, no `undefined` members, no NaN. It refers to options by their authored `id`, never by
 * position, so shuffling options or reordering them in the YAML does not change what was answered.
 *
 * Named `QuizResponse` rather than `Response` to avoid shadowing the global fetch `Response` type.
 */
import * as z from 'zod';
import type { Question } from './schema';

/** Answer to a `single` or `multiple` question: the chosen option ids (order is irrelevant). */
export interface ChoiceResponse {
  kind: 'choice';
  optionIds: string[];
}

/** Answer to a `true-false` question. */
export interface BooleanResponse {
  kind: 'boolean';
  value: boolean;
}

/** Answer to a `numeric` question, already parsed with `parseNumericInput`. */
export interface NumberResponse {
  kind: 'number';
  value: number;
}

/**
 * A learner's answer to one question. "Not answered yet" is the absence of a response (or a choice
 * response with no option chosen), not a special value.
 */
export type QuizResponse = ChoiceResponse | BooleanResponse | NumberResponse;

/** Which response kind a question expects: tells the UI which input to render. */
export type ResponseKind = QuizResponse['kind'];

/**
 * Validates a response read back from storage (the store's storage adapter should drop what fails:
 * old formats, hand-edited values). Grading also copes with bad values, but only as "incorrect".
 */
export const QuizResponseSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('choice'),
      optionIds: z.array(z.string()).describe('Ids of the chosen options.'),
    }),
    z.object({ kind: z.literal('boolean'), value: z.boolean().describe('true or false as chosen.') }),
    z.object({ kind: z.literal('number'), value: z.number().describe('The number entered (finite).') }),
  ])
  .describe('A learner’s answer to one question.');

/** The response kind that answers `question`. */
export function responseKindFor(question: Question): ResponseKind {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return 'choice';
    case 'true-false':
      return 'boolean';
    case 'numeric':
      return 'number';
  }
}
