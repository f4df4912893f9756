from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Trainer


class TrainerViewSet(SnippetViewSet):
    model = Trainer
    icon = "user"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "organisation", "user"]
    search_fields = ["name", "organisation"]


register_snippet(TrainerViewSet)
