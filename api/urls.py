from django.urls import path, re_path

from . import views
from .errors import not_found
from .pages import router

app_name = "api"

urlpatterns = [
    *router.get_urlpatterns(),
    path("sessions/", views.SessionList.as_view(), name="sessions"),
    path("sessions/<int:pk>/", views.SessionDetail.as_view(), name="session"),
    path("events/", views.EventList.as_view(), name="events"),
    path("events/<int:pk>/", views.EventDetail.as_view(), name="event"),
    path("places/", views.PlaceList.as_view(), name="places"),
    path("places/<slug:slug>/", views.PlaceDetail.as_view(), name="place"),
    path("vocabularies/", views.VocabularyIndex.as_view(), name="vocabularies"),
    path("vocabularies/competencies/", views.CompetencyList.as_view(), name="competencies"),
    path("vocabularies/publics/", views.PublicList.as_view(), name="publics"),
    path("vocabularies/themes/", views.ThemeList.as_view(), name="themes"),
    path("vocabularies/support-types/", views.SupportTypeList.as_view(), name="support_types"),
    path("vocabularies/licences/", views.LicenceList.as_view(), name="licences"),
    path("schema/", views.Schema.as_view(), name="schema"),
    path("docs/", views.docs, name="docs"),
    # Anything else, newlines included: a JSON 404, not the site's HTML page.
    re_path(r"^", not_found),
]
