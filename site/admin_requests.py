"""Malformed admin requests are answered 400 with a French message, not 500.

Wagtail reads the data its own scripts build without checking it, so a truncated
or hand-edited request raises inside it (reported upstream):

- StreamBlock and ListBlock.value_from_datadict (wagtail/blocks/stream_block.py,
  list_block.py) index `<field>-count`, `-N-deleted`, `-N-type` and `-N-order`
  and call int() on them: a missing key or a non-number raises;
- BaseChooser.get_instance (wagtail/admin/widgets/chooser.py), re-rendering a
  refused form, and the generic choosers' chosen views, the page chooser's
  `target_pages[]` and the bulk actions' `id` look an id up without converting
  it: a non-number raises ValueError;
- django-modelcluster's ChildFormSet._construct_form (modelcluster/forms.py)
  reads an inline form's `-id` without a default and converts it without
  catching ValidationError, unlike Django's own model formsets.

No request from the admin's pages does this, so nothing that was typed in them
is lost: the message sends the user back to the form, which the browser keeps.
The exception is logged, so that a real bug of this shape still shows.
"""

import logging

from django.core.exceptions import ValidationError
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.datastructures import MultiValueDictKeyError

logger = logging.getLogger(__name__)

MALFORMED_DATA_ERRORS = (MultiValueDictKeyError, ValueError, ValidationError)


class MalformedAdminRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        admin_home = reverse("wagtailadmin_home")
        if not isinstance(exception, MALFORMED_DATA_ERRORS) or not request.path.startswith(
            admin_home
        ):
            return None
        logger.warning(
            "Malformed admin request: %s %s", request.method, request.path, exc_info=True
        )
        back_url = request.path if request.method == "POST" else admin_home
        response = TemplateResponse(
            request, "rhinocc/admin_bad_request.html", {"back_url": back_url}, status=400
        )
        return response.render()
