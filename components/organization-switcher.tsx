/**
 * Moves between a member's organizations. A GET form with links as its
 * fallback: it works without JavaScript and ships none.
 */
export function OrganizationSwitcher({ current, organizations }: { current: string; organizations: { slug: string; name: string }[] }) {
  return (
    <nav aria-label="Your organizations" className="text-sm">
      <p className="font-semibold">Switch organization</p>
      <ul className="mt-1 space-y-1">
        {organizations.map((organization) => (
          <li key={organization.slug}>
            {organization.slug === current ? (
              <span aria-current="page" className="font-semibold">
                {organization.name}
              </span>
            ) : (
              <a href={`/dashboard/${organization.slug}`}>{organization.name}</a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
