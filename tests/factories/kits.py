"""Workshop contents, kits and resources, and their section pages."""

import factory
from wagtail.rich_text import RichText

from kits.models import (
    ContentIndexPage,
    KitIndexPage,
    KitPage,
    KitStep,
    KitTool,
    ResourceAttachment,
    ResourceIndexPage,
    ResourcePage,
    WorkshopContentPage,
)
from tests.factories.base import ClassifiedPageFactory
from tests.factories.home import SectionPageFactory


class ContentIndexPageFactory(SectionPageFactory):
    title = "Contenus pédagogiques"
    slug = "contenus"

    class Meta:
        model = ContentIndexPage


class KitIndexPageFactory(SectionPageFactory):
    title = "Kits pratiques"
    slug = "kits"

    class Meta:
        model = KitIndexPage


class ResourceIndexPageFactory(SectionPageFactory):
    title = "Banque de ressources"
    slug = "ressources"

    class Meta:
        model = ResourceIndexPage


def content_index() -> ContentIndexPage:
    return ContentIndexPage.objects.first() or ContentIndexPageFactory()


def kit_index() -> KitIndexPage:
    return KitIndexPage.objects.first() or KitIndexPageFactory()


def resource_index() -> ResourceIndexPage:
    return ResourceIndexPage.objects.first() or ResourceIndexPageFactory()


# Blocks of a workshop content's body, as (block type, value) pairs for `body=[...]`.


def heading_block(text: str = "Déroulé de l'atelier"):
    return ("heading", text)


def text_block(html: str = "<p>Le texte de l'atelier.</p>"):
    return ("text", RichText(html))


def file_block(document, note: str = ""):
    return ("file", {"document": document, "note": note})


def image_block(image, caption: str = ""):
    return ("image", {"image": image, "caption": caption})


def link_block(url: str = "https://www.pix.fr/", title: str = "Pix", description: str = ""):
    return ("link", {"url": url, "title": title, "description": description})


class WorkshopContentPageFactory(ClassifiedPageFactory):
    """A workshop content in the content bank (`parent=community` for a contribution).

    `body=[heading_block(), text_block(), file_block(document), link_block()]`.
    """

    parent = factory.LazyFunction(content_index)
    title = factory.Sequence(lambda n: f"Contenu {n}")
    summary = "Un contenu pédagogique pour les tests."
    level = WorkshopContentPage.Level.BEGINNER
    duration_minutes = 90
    body = factory.LazyFunction(lambda: [heading_block(), text_block()])

    class Meta:
        model = WorkshopContentPage


def steps(*titles: str) -> list[KitStep]:
    """Unsaved kit steps, for `KitPageFactory(steps=steps("Préparer", "Animer"))`."""
    return [
        KitStep(title=title, description=f"Description : {title}.", sort_order=position)
        for position, title in enumerate(titles)
    ]


def tools(*documents) -> list[KitTool]:
    """Unsaved kit tools, for `KitPageFactory(tools=tools(document))`."""
    return [KitTool(document=document, sort_order=i) for i, document in enumerate(documents)]


def attachments(*documents) -> list[ResourceAttachment]:
    """Unsaved attachments, for `ResourcePageFactory(attachments=attachments(document))`."""
    return [
        ResourceAttachment(document=document, sort_order=i) for i, document in enumerate(documents)
    ]


class KitPageFactory(ClassifiedPageFactory):
    """A kit with one step; `steps=steps(...)`, `tools=tools(document, ...)`."""

    parent = factory.LazyFunction(kit_index)
    title = factory.Sequence(lambda n: f"Kit {n}")
    summary = "Un kit pratique pour les tests."
    purpose = "<p>Accompagner les premiers pas en ligne.</p>"
    audience = "Médiateurs et travailleurs sociaux."
    steps = factory.LazyFunction(lambda: steps("Préparer l'atelier"))

    class Meta:
        model = KitPage


class ResourcePageFactory(ClassifiedPageFactory):
    """A resource of the bank (`parent=community` for a contribution)."""

    parent = factory.LazyFunction(resource_index)
    title = factory.Sequence(lambda n: f"Ressource {n}")
    summary = "Une ressource pour les tests."
    kind = ResourcePage.Kind.METHODOLOGY
    provider = "Fournisseur de test"
    website = "https://ressource.example.org/"
    coverage = "Occitanie"
    cost = "Gratuit"
    how_to_access = "En ligne, sans inscription."
    body = "<h3>À quoi ça sert ?</h3><p>À tester.</p>"

    class Meta:
        model = ResourcePage
