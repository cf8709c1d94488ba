/** How an organization's status reads on its dashboard. Safe to import on the client. */
export const organizationStatusLabels = {
  pending: "Waiting for approval",
  approved: "Approved",
  rejected: "Not approved",
  suspended: "Suspended",
} as const;
