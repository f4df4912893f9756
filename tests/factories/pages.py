"""One page of each of the hub's 17 page types, filled the way editors fill them."""

from agenda.models import EventIndexPage, EventPage
from catalogue.models import TrainingCataloguePage, TrainingIndexPage, TrainingModulePage
from communities.models import CommunityIndexPage, CommunityPage
from home.models import (
    HomePage,
    HomePageFeaturedPage,
    SelectionIndexPage,
    SelectionPage,
    StandardPage,
)
from kits.models import (
    ContentIndexPage,
    KitIndexPage,
    KitPage,
    ResourceIndexPage,
    ResourcePage,
    WorkshopContentPage,
)
from tests.factories import catalogue, communities, events, kits
from tests.factories.documents import DocumentFactory
from tests.factories.home import (
    SelectionPageFactory,
    StandardPageFactory,
    home,
    sections,
    selection_items,
)
from tests.factories.images import ImageFactory
from tests.factories.taxonomy import competency

PAGE_TYPES = [
    HomePage,
    StandardPage,
    TrainingIndexPage,
    TrainingCataloguePage,
    TrainingModulePage,
    KitIndexPage,
    KitPage,
    ContentIndexPage,
    WorkshopContentPage,
    ResourceIndexPage,
    ResourcePage,
    CommunityIndexPage,
    CommunityPage,
    SelectionIndexPage,
    SelectionPage,
    EventIndexPage,
    EventPage,
]


def every_page_type() -> dict[type, object]:
    """A live page of each type, keyed by its class, with images, files, sessions,
    classification and inline objects; the home page features two of them and the
    selection. Every page has a revision (the home page's is published here)."""
    tree = sections()
    document = DocumentFactory(title="Fiche à imprimer")
    image = ImageFactory(title="Illustration")
    classification = {"competencies": [competency("CRCN-1.1")], "tags": ["atelier"]}
    catalogue_page = catalogue.TrainingCataloguePageFactory(image=image)
    module = catalogue.TrainingModulePageFactory(
        parent=catalogue_page,
        sessions=[catalogue.session(20)],
        supports=catalogue.supports(document),
        trainers=[catalogue.TrainerFactory()],
        **classification,
    )
    content = kits.WorkshopContentPageFactory(
        image=image,
        body=[
            kits.heading_block("Préparer l'atelier"),
            kits.text_block("<p>Installer la salle.</p>"),
            kits.file_block(document, "À imprimer"),
            kits.image_block(image, "La salle"),
            kits.link_block(description="Évaluer ses compétences."),
        ],
        **classification,
    )
    kit = kits.KitPageFactory(
        image=image,
        steps=kits.steps("Préparer", "Animer"),
        tools=kits.tools(document),
        **classification,
    )
    resource = kits.ResourcePageFactory(attachments=kits.attachments(document), **classification)
    community = communities.CommunityPageFactory(
        image=image,
        contacts=communities.contacts("Léa Martin"),
        members=communities.members("CCAS de Toulouse"),
    )
    event = events.EventPageFactory(
        image=image,
        body=[kits.text_block("<p>Le programme de la journée.</p>")],
        supports=events.supports(document),
        replay_url="https://replay.example.org/journee",
        **classification,
    )
    selection = SelectionPageFactory(items=selection_items(content, kit, module))
    home_page = home()
    home_page.featured_selection = selection
    home_page.featured_pages = [
        HomePageFeaturedPage(page=content, sort_order=0),
        HomePageFeaturedPage(page=kit, sort_order=1),
    ]
    home_page.save_revision().publish()
    home_page.refresh_from_db()
    return {
        HomePage: home_page,
        StandardPage: StandardPageFactory(),
        TrainingIndexPage: tree.training,
        TrainingCataloguePage: catalogue_page,
        TrainingModulePage: module,
        KitIndexPage: tree.kits,
        KitPage: kit,
        ContentIndexPage: tree.contents,
        WorkshopContentPage: content,
        ResourceIndexPage: tree.resources,
        ResourcePage: resource,
        CommunityIndexPage: tree.communities,
        CommunityPage: community,
        SelectionIndexPage: tree.selections,
        SelectionPage: selection,
        EventIndexPage: event.get_parent().specific,
        EventPage: event,
    }
