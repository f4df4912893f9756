"""The home page describes the hub: a schema.org `Organization`, and the `WebSite` it runs.

What is known of the hub comes from its activity report: founded by La Mêlée with the
association Coll.in, for the whole of Occitanie, with its site rhinocc.fr. Its launch,
« février 2019 », is no full date, which schema.org's foundingDate asks for. The other
pages name the hub by its `@id` (syndication's `data.hub()`).
"""

from django.templatetags.static import static
from django.utils.html import strip_tags
from wagtail import hooks

from syndication.structured_data import HOOK, HUB_LEGAL_NAME, StructuredData

from .models import HomePage, SiteSettings

# 512×512, the site's logo (site/templates/includes/logo.html) drawn in its teal.
LOGO = "syndication/logo-rhinocc.png"
FOUNDERS = [
    # The report's first page: La Mêlée created the hub "avec Coll'In et ses partenaires".
    {"@type": "Organization", "name": "La Mêlée"},
    {"@type": "Organization", "name": "Coll.in — Collectif pour l'Inclusion Numérique"},
]
PUBLIC_SITE = "https://rhinocc.fr/"


def organisation(page: HomePage, data: StructuredData) -> list[dict]:
    settings = SiteSettings.for_request(data.request)
    node = {
        **data.hub(),
        "legalName": HUB_LEGAL_NAME,
        "alternateName": HUB_LEGAL_NAME,
        "description": page.search_description or strip_tags(page.intro) or page.hero_title,
        "logo": data.url(static(LOGO)),
        "founder": FOUNDERS,
        "areaServed": {"@type": "AdministrativeArea", "name": "Occitanie"},
        "address": {
            "@type": "PostalAddress",
            "addressRegion": "Occitanie",
            "addressCountry": "FR",
        },
        "knowsAbout": "Inclusion numérique, médiation numérique",
        "knowsLanguage": "fr",
    }
    if settings.contact_email:
        node["email"] = settings.contact_email
    if not data.root_url.startswith(PUBLIC_SITE.rstrip("/")):
        node["sameAs"] = [PUBLIC_SITE]
    home = {
        "@type": "WebPage",
        "@id": data.url(page),
        "url": data.url(page),
        "name": page.seo_title or page.title,
        "inLanguage": "fr",
        "isPartOf": {"@id": data.root_url + "/#site"},
        "about": {"@id": node["@id"]},
    }
    return [home, node, data.website()]


@hooks.register(HOOK)
def register_home_page():
    return HomePage, organisation
