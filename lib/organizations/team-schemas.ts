/**
 * The team forms' rules, shared by each form (through zodResolver) and the
 * mutation that parses the post again. Safe to import on the client.
 */
import { z } from "@/lib/zod";
import { emailSchema } from "@/lib/auth/schemas";
import { idSchema } from "@/lib/forms/schema-parts";

/** How long an invitation link works. */
export const INVITATION_LIFETIME_DAYS = 7;

export const inviteSchema = z.object({
  organizationId: idSchema,
  // emailSchema's own "Enter your e-mail address." would speak to the wrong person here.
  email: z.string().trim().min(1, "Enter the e-mail address of the person you want to invite.").pipe(emailSchema),
});

export const revokeInvitationSchema = z.object({ organizationId: idSchema, invitationId: idSchema });

export const removeMemberSchema = z.object({ organizationId: idSchema, userId: idSchema });

/** The same two ids as a removal: which organization, which member. */
export const makeOwnerSchema = removeMemberSchema;

export const leaveOrganizationSchema = z.object({ organizationId: idSchema });

/** A token as the site makes them: 32 random bytes in base64url (43 characters). */
export const invitationTokenSchema = z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/);

export const acceptInvitationSchema = z.object({ token: invitationTokenSchema });

