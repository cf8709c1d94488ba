"use client";

import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * The search page's GET form. With JavaScript, a new search replaces the
 * history entry instead of adding one, so Back after quick exit finds at most
 * one page of the site, not every filter tried before it (empty fields leave
 * nothing in the address). Without JavaScript it is a plain GET form.
 */
export function ReplacingSearchForm({ action, children, ...props }: Omit<ComponentProps<"form">, "action" | "method" | "onSubmit"> & { action: string }) {
  const router = useRouter();
  return (
    <form
      {...props}
      method="get"
      action={action}
      onSubmit={(event) => {
        event.preventDefault();
        const query = new URLSearchParams();
        for (const [key, value] of new FormData(event.currentTarget)) if (typeof value === "string" && value !== "") query.append(key, value);
        const text = query.toString();
        router.replace(text ? `${action}?${text}` : action);
      }}
    >
      {children}
    </form>
  );
}
