"use server";

import { formAction } from "@/lib/actions/form-action";
import { signUp } from "@/lib/accounts/accounts";

// The same page whether the address was new or already had an account.
export const signUpAction = formAction(signUp, { success: () => ({ redirect: "/signup/sent" }) });
