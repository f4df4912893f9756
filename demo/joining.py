"""A join request waiting in the demo's private space, and a share link to one of its
contents, so that the space's administrators' screens and a partner's view have something
to show.

The request comes from a fictitious account that cannot log in (an address at
example.org, no password), as the demo's registrations do. The link's token is derived
from the site's secret key: the same on every run, so that `load_demo` prints its address
again each time, and unknown to anyone without that key.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.crypto import salted_hmac

from communities.models import CommunityPage, JoinRequest, ShareLink
from communities.sharing import hash_token, share_url

from .accounts import PRIVATE_SPACE

REQUESTER = {
    "username": "julien-carrere",
    "first_name": "Julien",
    "last_name": "Carrère",
    "email": "julien.carrere@example.org",
}
MESSAGE = (
    "Bonjour, je suis conseiller numérique à la médiathèque de Lannemezan et j'anime des "
    "ateliers pour les seniors : j'aimerais partager nos fiches avec votre réseau."
)
LINK_LABEL = "Partenaires de la CARSAT (démonstration)"


def demo_token() -> str:
    return salted_hmac("demo.joining", "share-link", algorithm="sha256").hexdigest()


def load_joining(log=None) -> None:
    space = CommunityPage.objects.filter(slug=PRIVATE_SPACE, live=True).first()
    if space is None:
        return
    requester, created = get_user_model()._default_manager.get_or_create(
        username=REQUESTER["username"], defaults=REQUESTER
    )
    if created:
        requester.set_unusable_password()
        requester.save(update_fields=["password"])
    if not JoinRequest.objects.filter(community=space, user=requester).exists():
        JoinRequest.objects.create(community=space, user=requester, message=MESSAGE)
    content = space.get_children().live().order_by("path").first()
    token = demo_token()
    ShareLink.objects.get_or_create(
        token_hash=hash_token(token),
        defaults={"community": space, "page": content, "label": LINK_LABEL},
    )
    if log is not None:
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + share_url(token)
        log(f"Lien de partage de démonstration ({LINK_LABEL}) : {url}")
