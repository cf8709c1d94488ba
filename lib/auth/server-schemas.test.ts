import { describe, expect, it } from "vitest";
import { z } from "zod";
import { signUpSchema } from "./schemas";
import { resetPasswordServerSchema, signUpServerSchema } from "./server-schemas";

const passwordProblem = (schema: z.ZodType, input: Record<string, string>) => {
  const result = schema.safeParse(input);
  return result.success ? undefined : (z.flattenError(result.error).fieldErrors as Record<string, string[] | undefined>).password?.[0];
};

describe("new passwords on the server", () => {
  const signUp = (password: string, name = "Sam Ames", email = "sam@example.org") => passwordProblem(signUpServerSchema, { name, email, password });
  const reset = (password: string) => passwordProblem(resetPasswordServerSchema, { token: "t".repeat(43), password });

  it("refuses common passwords with the reason next to the field", () => {
    expect(signUp("password123")).toMatch(/commonly used password|too common/);
    expect(signUp("qwertyuiop")).toMatch(/frequently used password|too common/);
    expect(reset("password123")).toMatch(/commonly used password|too common/);
  });

  it("refuses breached and guessable passwords that the browser's light rules let through", () => {
    for (const password of ["20240917x", "iloveyoutoo", "letmeinplease"]) {
      expect(signUpSchema.safeParse({ name: "Sam Ames", email: "sam@example.org", password }).success, password).toBe(true);
      expect(signUp(password), password).toMatch(/easy to guess|used password|Add/);
      expect(reset(password), password).toMatch(/easy to guess|used password|Add/);
    }
  });

  it("refuses a password made of the account's own name", () => {
    expect(signUp("Marisol Quintero 1", "Marisol Quintero")).toMatch(/\S/);
  });

  it("accepts a long passphrase", () => {
    for (const password of ["river stones and cedar", "a very long passphrase about lighthouses", "volunteer databank demo"]) {
      expect(signUp(password), password).toBeUndefined();
      expect(reset(password), password).toBeUndefined();
    }
  });
});
