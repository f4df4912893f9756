"""The checked path of images: Wagtail's signed image view, which serves an image of
a private collection only to those who may see it (or edit it in the admin)."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control, patch_vary_headers
from wagtail.images import get_image_model
from wagtail.images.utils import verify_signature
from wagtail.images.views.serve import ServeView
from wagtail.permissions import policy_registry

from .privacy import may_see


class CheckedServeView(ServeView):
    def get(self, request, signature, image_id, filter_spec, filename=None):
        if not verify_signature(signature.encode(), image_id, filter_spec, key=self.key):
            raise PermissionDenied
        image = get_object_or_404(get_image_model(), id=image_id)
        if may_see(request, image):
            private = bool(image.collection.get_view_restrictions())
        elif self.may_use_in_admin(request.user, image):
            private = True
        else:
            # The same answer as for an image that does not exist.
            raise Http404
        response = super().get(request, signature, image_id, filter_spec, filename)
        if private:
            # Never kept by a shared cache (the proxy's, Varnish): only by this browser.
            patch_cache_control(response, private=True)
            patch_vary_headers(response, ["Cookie"])
        return response

    @staticmethod
    def may_use_in_admin(user, image) -> bool:
        policy = policy_registry.get_by_type(get_image_model())
        return policy.user_has_any_permission_for_instance(user, ["choose", "change"], image)


serve = CheckedServeView.as_view()
