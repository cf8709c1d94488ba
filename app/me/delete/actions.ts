"use server";

import { formAction } from "@/lib/actions/form-action";
import { signOut } from "@/lib/auth/config";
import { deleteMyAccount } from "@/lib/volunteers/my-data";

export const deleteAccountAction = formAction(deleteMyAccount, {
  success: async () => {
    // The account is gone; its session cookie goes too.
    await signOut({ redirect: false });
    return { redirect: "/account-deleted" };
  },
});
