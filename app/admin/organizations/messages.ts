/** What the admins read after each step, by the code the actions put in the address. */
export const DONE: Record<string, string> = {
  approve: "Approved. Its members have been told by e-mail.",
  reject: "Rejected. Its members have been told the reason by e-mail.",
  suspend: "Suspended. Its postings have left the public site and its members have been told why.",
  reinstate: "Reinstated. Its published postings are public again.",
  reverify: "The verification is confirmed: its public page shows today's date.",
  review: "The checklist and notes are saved.",
  unpublish: "The posting is unpublished and its coordinators have been told why.",
  allow: "The coordinators may publish the posting again.",
  "approve-untold": "Approved. It has no member with a working account, so nobody was told by e-mail.",
  "reject-untold": "Rejected. It has no member with a working account, so nobody was told the reason.",
  "suspend-untold": "Suspended. Its postings have left the public site. It has no member with a working account, so nobody was told why.",
  "reinstate-untold": "Reinstated. Its published postings are public again. It has no member with a working account to tell.",
  approveChanges: "The changes are approved: volunteers see them now, and its members have been told by e-mail.",
  rejectChanges: "The changes are turned down: volunteers keep seeing the organization as it was, and its members have been told the reason by e-mail.",
};
