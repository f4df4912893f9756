"""Builds the hub's demo site from demo/data.

Idempotent: a page is created only when no sibling has its slug, so loading
twice gives the same site, and a page an editor has since changed is left as
it is. Files and images are generated only with the page that uses them.
"""

import datetime
import io
import re
from decimal import Decimal

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.models import Page

from agenda.models import EventIndexPage
from catalogue.models import (
    ModuleSupport,
    Trainer,
    TrainingCataloguePage,
    TrainingIndexPage,
    TrainingModulePage,
    TrainingSession,
)
from communities.models import (
    CommunityContact,
    CommunityIndexPage,
    CommunityMember,
    CommunityPage,
)
from documents.models import CustomDocument
from home.models import (
    HomePage,
    HomePageFeaturedPage,
    HubMission,
    KeyFigure,
    SelectionIndexPage,
    SelectionItem,
    SelectionPage,
    SiteSettings,
    StandardPage,
)
from images.models import CustomImage
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
from places.models import PlaceMapPage
from taxonomy.models import Competency, Department, Licence, Public, SupportType, Theme

from . import files
from .collections import load_collections
from .data import catalogues, communities, contents, home, kits, resources
from .events import load_events
from .joining import load_joining
from .places import load_places
from .recommendations import load_recommendations
from .registrations import load_registrations
from .reports import load_reports

HUB_SOURCE = "RhinOcc — Coll.in"
# « Inscription en ligne jusqu'à 15 jours avant la session » in a module's access terms.
REGISTRATION_DELAY = re.compile(r"jusqu'à (\d+) jours avant")


def registration_delay(access_terms: str) -> int:
    """The delay the module's access terms state, which its registration form applies."""
    found = REGISTRATION_DELAY.search(access_terms)
    return int(found.group(1)) if found else 10


SECTIONS = [
    # (model, slug, title, introduction)
    (
        TrainingIndexPage,
        "formations",
        "Formations",
        "Les catalogues de formation du Hub pour les professionnels du social et du numérique.",
    ),
    (
        KitIndexPage,
        "kits",
        "Kits pratiques",
        "Des kits d'accompagnement prêts à l'emploi, avec leurs outils modifiables.",
    ),
    (
        ContentIndexPage,
        "contenus",
        "Contenus pédagogiques",
        "Fiches, exercices, outils d'évaluation et déroulés d'atelier pour animer "
        "vos ateliers de médiation numérique.",
    ),
    (
        ResourceIndexPage,
        "ressources",
        "Banque de ressources",
        "Méthodologies, dispositifs et services publics et privés de l'inclusion numérique.",
    ),
    (
        CommunityIndexPage,
        "communautes",
        "Communautés",
        "Les réseaux locaux de la médiation numérique en Occitanie et leurs contenus.",
    ),
    (
        PlaceMapPage,
        "lieux",
        "Carte des lieux",
        "Les lieux de médiation numérique d'Occitanie : où se faire aider avec le numérique, "
        "sur une carte et en liste.",
    ),
    (
        EventIndexPage,
        "agenda",
        "Agenda",
        "Les événements et webinaires du réseau et les sessions de formation des catalogues, "
        "à venir et passés, avec leurs replays et leurs supports.",
    ),
]


def slug_for_file(title: str) -> str:
    return slugify(title)[:80] or "fichier"


def as_list_html(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


class DemoLoader:
    def __init__(self, log=print):
        self.log = log
        self.created = 0
        self.today = timezone.localdate()
        self.licences = {licence.slug: licence for licence in Licence.objects.all()}
        self.support_types = {term.slug: term for term in SupportType.objects.all()}
        self.publics = {term.slug: term for term in Public.objects.all()}
        self.themes = {term.slug: term for term in Theme.objects.all()}
        self.competencies = {term.code: term for term in Competency.objects.all()}
        self.departments = {term.code: term for term in Department.objects.all()}

    @transaction.atomic
    def load(self) -> int:
        homepage = HomePage.objects.get()
        sections = {
            model: self.ensure_page(homepage, model, slug, title=title, intro=f"<p>{intro}</p>")
            for model, slug, title, intro in SECTIONS
        }
        for section in sections.values():
            if not section.show_in_menus:
                section.show_in_menus = True
                section.save_revision().publish()
        self.load_standard_pages(homepage)
        self.load_catalogues(sections[TrainingIndexPage])
        load_registrations()
        self.load_kits(sections[KitIndexPage])
        for data in contents.WORKSHOP_CONTENTS:
            self.ensure_workshop_content(sections[ContentIndexPage], data)
        for data in resources.RESOURCES:
            self.ensure_resource(sections[ResourceIndexPage], data)
        self.load_communities(sections[CommunityIndexPage])
        load_places({page.slug: page for page in CommunityPage.objects.all()})
        load_events(self, sections[EventIndexPage])
        self.load_selections(homepage)
        self.load_home(homepage)
        load_recommendations(self.log)
        load_reports()
        load_collections(self.log)
        load_joining(self.log)
        return self.created

    # Pages

    def ensure_page(self, parent: Page, model, slug: str, build=None, **fields):
        """The child of `parent` with this slug, created and published if missing.

        `build(page)` fills what plain fields cannot: relations, inline objects.
        """
        existing = parent.get_children().filter(slug=slug).specific().first()
        if existing is not None:
            return existing
        page = model(slug=slug, **fields)
        if build:
            build(page)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    def classify(self, page, data: dict) -> None:
        page.competencies = [self.competencies[code] for code in data.get("competencies", [])]
        page.publics = [self.publics[slug] for slug in data.get("publics", [])]
        page.themes = [self.themes[slug] for slug in data.get("themes", [])]
        page.support_type = self.support_types.get(data.get("support_type"))
        page.licence = self.licences.get(data.get("licence"))
        page.tags.add(*data.get("tags", []))

    def make_document(self, spec: dict, licence=None, collection=None) -> CustomDocument:
        extension = spec["format"]
        content = files.DOCUMENT_MAKERS[extension](spec["title"], spec["paragraphs"])
        document = CustomDocument(
            title=spec["title"],
            description=spec.get("description", ""),
            source=spec.get("source", HUB_SOURCE),
            licence=licence or self.licences["cc-by-sa-4-0"],
            file=ContentFile(content, name=f"{slug_for_file(spec['title'])}.{extension}"),
        )
        if collection is not None:
            document.collection = collection
        document._set_document_file_metadata()
        document.save()
        return document

    def make_image(self, title: str, collection=None) -> CustomImage:
        content = files.make_illustration(title)
        image = CustomImage(
            title=title,
            description=f"Illustration abstraite pour « {title} »",
            credit="RhinOcc",
            file=ImageFile(io.BytesIO(content), name=f"{slug_for_file(title)}.jpg"),
        )
        if collection is not None:
            image.collection = collection
        image._set_image_file_metadata()
        image.save()
        return image

    def load_standard_pages(self, homepage):
        for data in home.STANDARD_PAGES:
            self.ensure_page(
                homepage,
                StandardPage,
                data["slug"],
                title=data["title"],
                intro=data["intro"],
                body=data["body"],
            )

    def load_catalogues(self, index):
        trainers = {
            data["name"]: Trainer.objects.get_or_create(
                name=data["name"],
                defaults={"organisation": data["organisation"], "bio": data["bio"]},
            )[0]
            for data in catalogues.TRAINERS
        }
        for data in catalogues.CATALOGUES:
            catalogue = self.ensure_page(
                index,
                TrainingCataloguePage,
                data["slug"],
                build=lambda page, data=data: setattr(
                    page, "image", self.make_image(data["title"])
                ),
                title=data["title"],
                intro=data["intro"],
                audience=data["audience"],
                approach=data["approach"],
            )
            for module in data["modules"]:
                self.ensure_module(catalogue, module, trainers)

    def ensure_module(self, catalogue, data: dict, trainers: dict):
        def build(page):
            self.classify(page, data)
            page.trainers = [trainers[name] for name in data["trainers"]]
            page.sessions = [
                TrainingSession(
                    start_date=self.today + datetime.timedelta(days=session["starts_in_days"]),
                    end_date=self.today
                    + datetime.timedelta(days=session["starts_in_days"] + session["days"] - 1),
                    location=session["location"],
                    is_online=session["online"],
                    seats=session["seats"],
                )
                for session in data["sessions"]
            ]
            page.supports = [
                ModuleSupport(document=self.make_document(spec, page.licence))
                for spec in data.get("supports", [])
            ]

        return self.ensure_page(
            catalogue,
            TrainingModulePage,
            data["slug"],
            build=build,
            title=data["title"],
            summary=data["summary"],
            objectives=as_list_html(data["objectives"]),
            program=as_list_html(data["program"]),
            prerequisites=data["prerequisites"],
            target_audience=data["target_audience"],
            duration_hours=Decimal(str(data["duration_hours"])),
            modality=data["modality"],
            teaching_methods=as_list_html(data["teaching_methods"]),
            assessment_methods=as_list_html(data["assessment_methods"]),
            accessibility=data["accessibility"],
            accessibility_contact=data["accessibility_contact"],
            price=data["price"],
            access_terms=data["access_terms"],
            registration_delay_days=registration_delay(data["access_terms"]),
            contact=data["contact"],
            certificate=data["certificate"],
        )

    def load_kits(self, index):
        for data in kits.KITS:

            def build(page, data=data):
                self.classify(page, data)
                page.image = self.make_image(data["title"])
                page.steps = [
                    KitStep(title=step["title"], description=step["description"])
                    for step in data["steps"]
                ]
                page.tools = [
                    KitTool(document=self.make_document(spec, page.licence))
                    for spec in data["tools"]
                ]

            self.ensure_page(
                index,
                KitPage,
                data["slug"],
                build=build,
                title=data["title"],
                summary=data["summary"],
                purpose=data["purpose"],
                audience=data["audience"],
            )

    def ensure_workshop_content(self, parent, data: dict, collection=None):
        def build(page):
            self.classify(page, data)
            blocks = [
                self.make_block(kind, value, page, collection) for kind, value in data["body"]
            ]
            page.body = blocks
            page.image = next((value["image"] for kind, value in blocks if kind == "image"), None)

        return self.ensure_page(
            parent,
            WorkshopContentPage,
            data["slug"],
            build=build,
            title=data["title"],
            summary=data["summary"],
            level=data["level"],
            duration_minutes=data["duration_minutes"],
            session_count=data["session_count"],
            rhythm=data["rhythm"],
            participant_profiles=data["participant_profiles"],
            group_size=data["group_size"],
            material_needed=data["material_needed"],
        )

    def make_block(self, kind: str, value, page, collection=None):
        if kind == "heading":
            return ("heading", value)
        if kind == "text":
            return ("text", value)
        if kind == "file":
            document = self.make_document(value, page.licence, collection)
            return ("file", {"document": document, "note": ""})
        if kind == "image":
            return ("image", {"image": self.make_image(value, collection), "caption": value})
        if kind == "link":
            return ("link", value)
        raise ValueError(f"Unknown block kind in demo data: {kind}")

    def ensure_resource(self, parent, data: dict, collection=None):
        def build(page):
            self.classify(page, data)
            page.attachments = [
                ResourceAttachment(document=self.make_document(spec, page.licence, collection))
                for spec in data.get("attachments", [])
            ]

        return self.ensure_page(
            parent,
            ResourcePage,
            data["slug"],
            build=build,
            title=data["title"],
            summary=data["summary"],
            kind=data["kind"],
            provider=data["provider"],
            website=data["url"],
            coverage=data["coverage"],
            cost=data["cost"],
            how_to_access=data["how_to_access"],
            body=data["body"],
        )

    def load_communities(self, index):
        for data in communities.COMMUNITIES:

            def build(page, data=data):
                page.departments = [self.departments[code] for code in data["departments"]]
                page.themes = [self.themes[slug] for slug in data.get("themes", [])]
                page.image = self.make_image(data["title"])
                page.contacts = [CommunityContact(**contact) for contact in data["contacts"]]
                page.members = [CommunityMember(**member) for member in data["members"]]

            community = self.ensure_page(
                index,
                CommunityPage,
                data["slug"],
                build=build,
                title=data["title"],
                summary=data["summary"],
                territory=data["territory"],
                description=data["description"],
                is_private=data["is_private"],
            )
            # A space's files and images live in its collection, so that they become
            # private with the space (the space's own image too: created with the
            # page, before its collection existed).
            collection = community.access.collection
            if community.image and community.image.collection_id != collection.pk:
                community.image.collection = collection
                community.image.save(update_fields=["collection"])
            for contribution in data["contributions"]:
                if contribution["type"] == "workshop":
                    self.ensure_workshop_content(community, contribution, collection)
                else:
                    self.ensure_resource(community, contribution, collection)

    def load_selections(self, homepage):
        index = self.ensure_page(
            homepage,
            SelectionIndexPage,
            home.SELECTION_INDEX["slug"],
            title=home.SELECTION_INDEX["title"],
            intro=home.SELECTION_INDEX["intro"],
        )
        data = home.SELECTION

        def build(page):
            targets = {
                target.slug: target for target in Page.objects.filter(slug__in=dict(data["items"]))
            }
            page.items = [
                SelectionItem(page=targets[slug], note=note)
                for slug, note in data["items"]
                if slug in targets
            ]

        self.ensure_page(
            index,
            SelectionPage,
            data["slug"],
            build=build,
            title=data["title"],
            intro=data["intro"],
        )

    def load_home(self, homepage: HomePage):
        """Fills the home page once; afterwards it belongs to the hub's editors."""
        if homepage.missions.exists():
            return
        data = home.HOME
        homepage.title = data["title"]
        homepage.hero_title = data["hero_title"]
        homepage.intro = data["intro"]
        homepage.aims = (
            "<ol>" + "".join(f"<li>{escape(aim)}</li>" for aim in data["aims"]) + "</ol>"
        )
        homepage.missions = [HubMission(**mission) for mission in data["missions"]]
        homepage.key_figures = [KeyFigure(**figure) for figure in data["key_figures"]]
        featured = [
            KitPage.objects.order_by("path").first(),
            TrainingModulePage.objects.order_by("path").first(),
            WorkshopContentPage.objects.order_by("path").first(),
            CommunityPage.objects.order_by("path").first(),
        ]
        homepage.featured_pages = [
            HomePageFeaturedPage(page=page) for page in featured if page is not None
        ]
        homepage.featured_selection = SelectionPage.objects.order_by("path").first()
        homepage.save_revision().publish()

        site_settings = SiteSettings.for_site(homepage.get_site())
        pages = {page.slug: page for page in StandardPage.objects.all()}
        site_settings.legal_notice_page = pages.get("mentions-legales")
        site_settings.accessibility_page = pages.get("accessibilite")
        site_settings.contact_email = "contact@rhinocc.fr"
        site_settings.footer_text = (
            "RhinOcc est porté par La Mêlée et Coll.in, avec le soutien de la Banque des "
            "Territoires et de l'ANCT."
        )
        site_settings.save()
