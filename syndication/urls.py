from django.urls import path

from . import feeds, views

app_name = "syndication"
urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots"),
    path("sitemap.xml", views.sitemap_index, name="sitemap_index"),
    path("sitemap-<slug:section>.xml", views.sitemap, name="sitemap"),
    path("flux/", feeds.all_contents, name="feed"),
    path("flux/rubriques/<slug:slug>/", feeds.section, name="section_feed"),
    path("flux/communautes/<slug:slug>/", feeds.community, name="community_feed"),
    path("flux/thematiques/<slug:slug>/", feeds.theme, name="theme_feed"),
    path("flux/competences/<str:code>/", feeds.competency, name="competency_feed"),
]
