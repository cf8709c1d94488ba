import { unsubscribeAlert } from "@/lib/alerts/alerts";
import { INVALID_UNSUBSCRIBE_LINK } from "@/lib/alerts/schemas";
import { oneClickStop } from "@/lib/http/unsubscribe";

/**
 * RFC 8058 one-click unsubscribe from a digest's List-Unsubscribe header. The
 * signed token names the one saved search it may delete, so no session and no
 * form are needed; a GET changes nothing.
 */
export const { POST, GET } = oneClickStop(unsubscribeAlert, "/alerts/unsubscribe", INVALID_UNSUBSCRIBE_LINK);
