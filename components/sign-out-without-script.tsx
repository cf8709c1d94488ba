import { signOutAction } from "@/lib/accounts/sign-out-action";

/**
 * "Sign out" for a browser without JavaScript, on the pages only a signed-in
 * person reaches. The header's account links fill themselves in with
 * JavaScript (the header is the same for every visitor, so public pages can
 * be cached); without it, this form is the way out.
 */
export function SignOutWithoutScript() {
  return (
    <noscript>
      <form action={signOutAction} className="mb-4 text-sm">
        You are signed in.{" "}
        <button type="submit" className="underline underline-offset-2">
          Sign out
        </button>
      </form>
    </noscript>
  );
}
