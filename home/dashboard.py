"""The hub editors' dashboard: what they curate, one link each, with its size."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from accounts.roles import HUB_EDITORS
from agenda.models import EventIndexPage, EventPage
from catalogue.models import Trainer
from taxonomy.models import Competency

from .models import HomePage, SelectionIndexPage, SelectionPage


def is_hub_editor(user) -> bool:
    return user.is_superuser or user.groups.filter(name=HUB_EDITORS).exists()


@dataclass
class CuratedItem:
    label: str
    description: str
    url: str
    count: int | None = None


class HubCurationPanel(Component):
    name = "hub-curation"
    template_name = "home/dashboard/curation_panel.html"
    order = 120

    def items(self) -> list[CuratedItem]:
        items = []
        home = HomePage.objects.only("pk").first()
        if home is not None:
            items.append(
                CuratedItem(
                    _("Home page"),
                    _("Its featured contents, modules, kits, communities and news."),
                    reverse("wagtailadmin_pages:edit", args=[home.pk]),
                )
            )
        selections = SelectionIndexPage.objects.only("pk").first()
        if selections is not None:
            items.append(
                CuratedItem(
                    _("Selections"),
                    _("Collections of contents for a public or a theme."),
                    reverse("wagtailadmin_explore", args=[selections.pk]),
                    SelectionPage.objects.live().count(),
                )
            )
        agenda = EventIndexPage.objects.only("pk").first()
        if agenda is not None:
            items.append(
                CuratedItem(
                    _("Agenda"),
                    _(
                        "Events and webinars, the figure counts those to come; after one, "
                        "add its replay and supports."
                    ),
                    reverse("wagtailadmin_explore", args=[agenda.pk]),
                    EventPage.objects.live().filter(end__gte=timezone.now()).count(),
                )
            )
        items += [
            CuratedItem(
                _("Vocabularies"),
                _("Competencies, publics, themes, support types, licences, départements."),
                reverse("wagtailsnippets_taxonomy_competency:list"),
                Competency.objects.count(),
            ),
            CuratedItem(
                _("Trainers"),
                _("The profiles shown on the training modules."),
                reverse("wagtailsnippets_catalogue_trainer:list"),
                Trainer.objects.count(),
            ),
            CuratedItem(
                _("Promoted search results"),
                _("What the search shows first for a given query."),
                reverse("wagtailsearchpromotions:index"),
            ),
        ]
        return items

    def get_context_data(self, parent_context=None):
        return {"panel": self, "items": self.items()}
