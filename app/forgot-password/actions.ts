"use server";

import { formAction } from "@/lib/actions/form-action";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/accounts";

// The same page whether or not the address has an account.
export const requestResetAction = formAction(requestPasswordReset, { success: () => ({ redirect: "/forgot-password/sent" }) });

export const resetPasswordAction = formAction(resetPassword, { success: () => ({ redirect: "/signin?notice=reset" }) });
