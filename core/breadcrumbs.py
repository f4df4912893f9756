"""The trail of pages above a page, as its breadcrumb shows it."""


def breadcrumb_ancestors(page) -> list:
    """The page's ancestors below the tree's root (the home page first), read once per
    page object: the visible breadcrumb and its structured data share one query."""
    cached = page.__dict__.get("_breadcrumb_ancestors")
    if cached is None:
        ancestors = page.get_ancestors().filter(depth__gt=1) if page.depth > 2 else []
        cached = page.__dict__["_breadcrumb_ancestors"] = list(ancestors)
    return cached
