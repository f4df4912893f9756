from wagtail import hooks

from .choosers import filter_page_chooser_queryset

hooks.register("construct_page_chooser_queryset", filter_page_chooser_queryset)
