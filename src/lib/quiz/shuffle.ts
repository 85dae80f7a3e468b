/**
 * Seeded shuffling of an attempt. The quiz page stores only the seed with an attempt, and recomputes
 * the same question and option order after a reload or on the results screen; the server render and
 * tests can do the same. Math.random would make the order impossible to reproduce.
 *
 * Option order is derived from the seed *and the question id*, not from the position in the attempt,
 * so a question's options keep their order when a retry shows only some questions or the author adds
 * a question.
 */
import type { Quiz } from './schema';

/** The order in which an attempt presents questions and, per choice question, its options. */
export interface AttemptOrder {
  /** Ids of the questions to show, in order. */
  questionOrder: string[];
  /** For each `single`/`multiple` question in `questionOrder`, its option ids in order. */
  optionOrder: Record<string, string[]>;
}

/**
 * Orders an attempt deterministically from `seed` (same seed, same quiz → same order). With
 * `onlyQuestionIds`, the attempt holds just those questions (ids the quiz lacks are ignored, and the
 * order they are listed in does not matter). True/false and numeric questions have no option order.
 */
export function shuffleAttempt(quiz: Quiz, seed: number, onlyQuestionIds?: readonly string[]): AttemptOrder {
  const wanted = onlyQuestionIds === undefined ? undefined : new Set(onlyQuestionIds);
  const questions = quiz.questions.filter((question) => wanted === undefined || wanted.has(question.id));
  const questionOrder = shuffled(
    questions.map((question) => question.id),
    mulberry32(seed),
  );
  const optionOrder: Record<string, string[]> = {};
  for (const question of questions) {
    if (isChoice(question)) {
      optionOrder[question.id] = shuffled(
        question.options.map((option) => option.id),
        mulberry32(hashString(question.id, seed)),
      );
    }
  }
  return { questionOrder, optionOrder };
}

/**
 * A fresh 32-bit seed for a new attempt: from `crypto.getRandomValues` where available (browsers,
 * Node), falling back to Math.random, which is good enough for shuffling.
 */
export function newSeed(): number {
  const cryptoApi = (globalThis as { crypto?: Pick<Crypto, 'getRandomValues'> }).crypto;
  if (cryptoApi && typeof cryptoApi.getRandomValues === 'function') {
    return cryptoApi.getRandomValues(new Uint32Array(1))[0] ?? 0;
  }
  return Math.floor(Math.random() * 2 ** 32) >>> 0;
}

/**
 * mulberry32: a tiny, fast PRNG with a 32-bit state; plenty for shuffling a few options. Returns
 * floats in [0, 1). The seed is reduced to an unsigned 32-bit integer (NaN and fractions included).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates on a copy: every permutation equally likely given a uniform `random`. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/** FNV-1a over the UTF-16 code units of `text`, mixed with `seed`: a per-question seed. */
function hashString(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Local type guard, so this browser-side module does not pull the Zod schemas into the bundle. */
function isChoice(question: Quiz['questions'][number]): question is Extract<Quiz['questions'][number], { options: unknown }> {
  return question.type === 'single' || question.type === 'multiple';
}
