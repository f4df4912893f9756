"""The admin's place chooser: a training session's « place on the map » (catalogue's
FieldPanel picks it up for a foreign key to Place), searched by name, commune or postcode
instead of a select of every place. Published places only: the others have no page."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet

from .models import Place


class PlaceSearchForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Search term"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Name, commune or postcode")}),
    )

    def filter(self, objects):
        objects = super().filter(objects)
        self.search_query = " ".join(self.cleaned_data.get("q", "").split())
        self.is_searching = bool(self.search_query)
        for word in self.search_query.split():
            objects = objects.filter(
                Q(nom__icontains=word)
                | Q(commune__icontains=word)
                | Q(code_postal__startswith=word)
            )
        return objects


class PlaceChooseView(ChooseView):
    filter_form_class = PlaceSearchForm


class PlaceChooseResultsView(ChooseResultsView):
    filter_form_class = PlaceSearchForm


class PlaceChooserViewSet(ChooserViewSet):
    model = Place
    icon = "site"
    choose_one_text = _("Choose a place")
    choose_another_text = _("Choose another place")
    edit_item_text = _("Edit this place")
    per_page = 20
    choose_view_class = PlaceChooseView
    choose_results_view_class = PlaceChooseResultsView

    def get_object_list(self):
        return Place.objects.published().only("pk", "nom", "commune").order_by("nom", "commune")


place_chooser_viewset = PlaceChooserViewSet("place_chooser", url_prefix="lieux-choix")
