import type { Metadata } from "next";
import Link from "next/link";
import { AdminStatusTag } from "@/components/admin-status-tag";
import { ListTable } from "@/components/list-table";
import { Pagination } from "@/components/pagination";
import { requireAdmin } from "@/lib/auth/require";
import { plural } from "@/lib/format";
import { searchUsers } from "@/lib/users/admin";
import { MAX_USER_QUERY_LENGTH, parseUserSearchParams, userSearchQueryString } from "@/lib/users/schemas";
import { userRoleLabels } from "@/lib/vocabulary";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every account, found by part of a name or an e-mail address; each opens its page, where an admin changes it. */
export default async function AdminUsersPage(props: Props) {
  const admin = await requireAdmin("/admin/users");
  const params = await props.searchParams;
  const search = parseUserSearchParams(params);
  const result = await searchUsers(admin, search);

  return (
    <div>
      <h1 className="text-3xl font-bold">Users</h1>

      <form method="get" action="/admin/users" role="search" aria-label="Find users" className="mt-6 flex flex-wrap items-end gap-4">
        <div className="min-w-64 flex-1">
          <label htmlFor="q" className="block text-sm font-semibold">
            Name or e-mail address
          </label>
          <p id="q-hint" className="text-sm text-slate-700">
            Part of either is enough, in any case.
          </p>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={search.q ?? ""}
            maxLength={MAX_USER_QUERY_LENGTH}
            aria-describedby="q-hint"
            className="mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2"
          />
        </div>
        <button type="submit" className="button-secondary">
          Search
        </button>
        {search.q && <Link href="/admin/users">Show everyone</Link>}
      </form>

      <h2 className="mt-8 text-xl font-semibold" data-testid="user-count">
        {result.total} {plural(result.total, "account", "accounts")}
        {search.q ? ` match “${search.q}”` : ""}
      </h2>

      {result.items.length === 0 ? (
        <p className="notice mt-4">
          {result.total > 0 ? (
            <>
              There are no accounts on this page. <Link href={`/admin/users${userSearchQueryString({ q: search.q })}`}>Go to the first page</Link>.
            </>
          ) : (
            "No account matches. Check the spelling, or search for a shorter part of the name or address."
          )}
        </p>
      ) : (
        <>
          <ListTable
            caption={<>Accounts by name{result.pageCount > 1 ? `, page ${result.page} of ${result.pageCount}` : ""}</>}
            rows={result.items}
            rowKey={(user) => user.id}
            rowHeader={{
              heading: "Name",
              cell: (user) => (
                <>
                  <Link href={`/admin/users/${user.id}`} className="font-semibold">
                    {user.name}
                  </Link>
                  {user.id === admin.id && " (you)"}
                </>
              ),
            }}
            columns={[
              { heading: "E-mail", cell: (user) => user.email, className: "break-all" },
              { heading: "Role", cell: (user) => (user.role === "admin" ? <strong>{userRoleLabels.admin}</strong> : userRoleLabels.user) },
              {
                heading: "Account",
                cell: (user) => <AdminStatusTag tone={user.disabledAt ? "danger" : "neutral"}>{user.disabledAt ? "Disabled" : "Active"}</AdminStatusTag>,
              },
              {
                heading: "Organizations",
                cell: (user) =>
                  user.organizations.length === 0 ? (
                    <span className="text-slate-700">None</span>
                  ) : (
                    <ul>
                      {user.organizations.map((organization) => (
                        <li key={organization.id}>
                          {organization.name} <span className="text-slate-700">({organization.role})</span>
                        </li>
                      ))}
                    </ul>
                  ),
              },
            ]}
          />
          <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => `/admin/users${userSearchQueryString({ q: search.q, page })}`} />
        </>
      )}
    </div>
  );
}
