"""The home page, the section tree under it, standard pages and selections."""

from typing import NamedTuple

import factory

from home.models import HomePage, SelectionIndexPage, SelectionItem, SelectionPage, StandardPage
from tests.factories.base import LivePageFactory


def home() -> HomePage:
    """The home page the migration creates (home/migrations/0002_create_homepage.py)."""
    return HomePage.objects.get()


class SectionPageFactory(LivePageFactory):
    """A section (one of each kind) under the home page; `sections()` builds them all."""

    parent = factory.LazyFunction(home)
    intro = factory.LazyAttribute(lambda page: f"<p>Introduction de la section {page.title}.</p>")
    show_in_menus = True

    class Meta:
        abstract = True


class StandardPageFactory(LivePageFactory):
    parent = factory.LazyFunction(home)
    title = factory.Sequence(lambda n: f"Page de texte {n}")
    intro = "Une page de texte pour les tests."
    body = "<h2>Un intertitre</h2><p>Le corps de la page.</p>"

    class Meta:
        model = StandardPage


class SelectionIndexPageFactory(SectionPageFactory):
    title = "Sélections"
    slug = "selections"

    class Meta:
        model = SelectionIndexPage


def selection_index() -> SelectionIndexPage:
    return SelectionIndexPage.objects.first() or SelectionIndexPageFactory()


def selection_items(*pages, note: str = "") -> list[SelectionItem]:
    """Entries for `SelectionPageFactory(items=selection_items(page_a, page_b))`, in order;
    each note is `note` or "Note sur <titre>"."""
    return [
        SelectionItem(page=page, note=note or f"Note sur {page.title}", sort_order=position)
        for position, page in enumerate(pages)
    ]


class SelectionPageFactory(LivePageFactory):
    """A selection; pass `items=selection_items(...)` (an empty selection by default)."""

    parent = factory.LazyFunction(selection_index)
    title = factory.Sequence(lambda n: f"Sélection {n}")
    intro = "<p>Une sélection composée pour les tests.</p>"

    class Meta:
        model = SelectionPage


class Sections(NamedTuple):
    training: object
    contents: object
    kits: object
    resources: object
    communities: object
    selections: object


def sections() -> Sections:
    """The standard section tree under the home page, each section created if missing."""
    from tests.factories.catalogue import training_index
    from tests.factories.communities import community_index
    from tests.factories.kits import content_index, kit_index, resource_index

    return Sections(
        training=training_index(),
        contents=content_index(),
        kits=kit_index(),
        resources=resource_index(),
        communities=community_index(),
        selections=selection_index(),
    )


def site_settings(**fields):
    """The default site's settings (home.SiteSettings), saved with `fields`.

    Wagtail creates the row on its first read, usually during a test's first
    request; saving it empties the page cache, so create it beforehand when a
    test counts on what that first request cached.
    """
    from wagtail.models import Site

    from home.models import SiteSettings

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    for name, value in fields.items():
        setattr(settings, name, value)
    if fields:
        settings.save()
    return settings
