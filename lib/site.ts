import { setting } from "@/lib/settings";

/** Site-wide settings that are safe to show anyone. */
export const site = {
  name: "Maine Volunteer Databank",
  state: "Maine",
  tagline: "Give your time and skills to Maine's response to human trafficking.",
  hotline: { name: "National Human Trafficking Hotline", phone: "1-888-373-7888", tel: "+18883737888", text: "233733" },
};

/** The line at the foot of mail to volunteers. */
export const HOTLINE_LINE = `Need help now? ${site.hotline.name}: call ${site.hotline.phone} or text ${site.hotline.text}.`;

/** Where the quick-exit control sends a visitor: a neutral site, set by QUICK_EXIT_URL. */
export function quickExitUrl(): string {
  return setting("QUICK_EXIT_URL");
}

/** The public address of the site, for links in mail (SITE_URL). */
export function siteUrl(): string {
  return setting("SITE_URL");
}
