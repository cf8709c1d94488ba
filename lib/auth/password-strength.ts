import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as commonPackage from "@zxcvbn-ts/language-common";
import * as englishPackage from "@zxcvbn-ts/language-en";

/** zxcvbn's scale runs 0–4; 3 resists an offline attack on a slow hash for a long while. */
const MIN_PASSWORD_SCORE = 3;

let checker: ZxcvbnFactory | undefined;

/**
 * The dictionaries (breached and common passwords, names, English words,
 * keyboard patterns) are several megabytes: built once, on first use, and
 * only on the server. The browser's form keeps the light rules of schemas.ts.
 */
function passwordChecker(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...commonPackage.dictionary, ...englishPackage.dictionary },
    graphs: commonPackage.adjacencyGraphs,
    translations: englishPackage.translations,
  });
  return checker;
}

/**
 * Why a new password is too easy to guess, in words for the person choosing
 * it, or null when it is strong enough. Words that belong to the account
 * (its name and address) count as known to an attacker.
 */
export function weakPasswordReason(password: string, userInputs: string[] = []): string | null {
  const result = passwordChecker().check(password, userInputs.filter((input) => input.length > 0));
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const why = result.feedback.warning ?? "This password would be easy to guess.";
  const how = result.feedback.suggestions[0] ?? "Add a few more uncommon words.";
  return `${why} ${how} A few unrelated words make a strong password that is easy to remember.`;
}
