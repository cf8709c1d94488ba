import type { ReactNode } from "react";
import { SignOutWithoutScript } from "@/components/sign-out-without-script";

/** Every dashboard page: only signed-in people reach them (each page checks). */
export default function DashboardLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SignOutWithoutScript />
      {children}
    </>
  );
}
