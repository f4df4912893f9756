from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import structured_data  # noqa: F401 — registers the DefinedTerm(Set) builders
from .models import Competency, CompetencyDomain, Department, Licence, Public, SupportType, Theme


class CompetencyViewSet(SnippetViewSet):
    model = Competency
    icon = "success"
    list_display = ["code", "label", "domain", "version"]
    list_filter = ["domain__referential", "domain"]
    search_fields = ["code", "label"]
    ordering = ["code"]


class CompetencyDomainViewSet(SnippetViewSet):
    model = CompetencyDomain
    icon = "folder-inverse"
    list_display = ["code", "label", "referential"]
    list_filter = ["referential"]


class PublicViewSet(SnippetViewSet):
    model = Public
    icon = "group"
    list_display = ["name", "slug", "category"]
    list_filter = ["category"]
    search_fields = ["name"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class SupportTypeViewSet(SnippetViewSet):
    model = SupportType
    icon = "doc-full"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class LicenceViewSet(SnippetViewSet):
    model = Licence
    icon = "info-circle"
    list_display = ["name", "slug", "url"]


class DepartmentViewSet(SnippetViewSet):
    model = Department
    icon = "site"
    list_display = ["code", "name"]


class VocabularyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Vocabularies")
    menu_icon = "list-ul"
    menu_order = 300
    items = [
        CompetencyViewSet,
        CompetencyDomainViewSet,
        PublicViewSet,
        ThemeViewSet,
        SupportTypeViewSet,
        LicenceViewSet,
        DepartmentViewSet,
    ]


register_snippet(VocabularyViewSetGroup)
