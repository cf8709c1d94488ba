import { oneClickStop } from "@/lib/http/unsubscribe";
import { stopReminders } from "@/lib/reminders/opt-out-actions";
import { INVALID_STOP_LINK } from "@/lib/reminders/schemas";

/**
 * RFC 8058 one-click unsubscribe from an event reminder's List-Unsubscribe
 * header. The signed token stops reminders to the one address it was sent
 * to; a GET changes nothing.
 */
export const { POST, GET } = oneClickStop(stopReminders, "/reminders/stop", INVALID_STOP_LINK);
