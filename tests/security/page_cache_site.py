"""The site of test_page_cache_restrictions.py's servers; run in a subprocess with their
production environment (same database, same Redis), as another worker would be.

`prepare` migrates, builds the pages and prints their addresses as JSON; `restrict`
makes each of them private its own way, as an editor would, in this process only.
"""

import io
import json
import sys

import django


def prepare() -> dict:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0, stdout=io.StringIO())
    from tests.factories.communities import CommunityPageFactory
    from tests.factories.home import StandardPageFactory, home, site_settings
    from tests.factories.kits import KitPageFactory, WorkshopContentPageFactory

    site_settings()
    about = StandardPageFactory(parent=home(), title="À propos du réseau")
    pages = {
        "restricted": KitPageFactory(title="Kit bientôt réservé"),
        "under_restricted_parent": StandardPageFactory(parent=about, title="L'équipe"),
        "unpublished": KitPageFactory(title="Kit bientôt retiré"),
        "moved": WorkshopContentPageFactory(
            parent=CommunityPageFactory(title="Réseau ouvert"), title="Atelier déplacé"
        ),
    }
    turned_private = CommunityPageFactory(title="Réseau qui se ferme")
    pages["turned_private"] = turned_private
    pages["in_turned_private"] = WorkshopContentPageFactory(
        parent=turned_private, title="Atelier du réseau qui se ferme"
    )
    CommunityPageFactory(title="Cercle privé", is_private=True)
    pages["still_public"] = KitPageFactory(title="Kit toujours public")
    return {name: {"id": page.pk, "url": page.url} for name, page in pages.items()}


def restrict(ids: dict) -> None:
    """Each way a page stops being public, each on its own page."""
    from wagtail.models import Page, PageViewRestriction

    from communities.models import CommunityPage

    PageViewRestriction.objects.create(
        page=Page.objects.get(pk=ids["restricted"]), restriction_type="login"
    )
    PageViewRestriction.objects.create(
        page=Page.objects.get(pk=ids["under_restricted_parent"]).get_parent(),
        restriction_type="login",
    )
    Page.objects.get(pk=ids["unpublished"]).unpublish()
    community = CommunityPage.objects.get(pk=ids["turned_private"])
    community.is_private = True
    community.save_revision().publish()
    private_space = CommunityPage.objects.get(title="Cercle privé")
    Page.objects.get(pk=ids["moved"]).move(private_space, pos="last-child")


if __name__ == "__main__":
    django.setup()
    if sys.argv[1] == "prepare":
        print(json.dumps(prepare()))
    else:
        restrict(json.loads(sys.argv[2]))
