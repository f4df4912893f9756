from wagtail import hooks

from .page_cache import mark_public_pages_cacheable

hooks.register("before_serve_page", mark_public_pages_cacheable)
