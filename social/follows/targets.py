"""Who may follow what, and what a follow form names.

A follow form posts `target` (a `FollowTarget` value) and `id`: a community page's id, a
theme's slug, a competency's code, a trainer's account id. A private space is followed by
those who may open it only (its view restriction, as Wagtail judges it when it serves the
page); a trainer is an account linked to a trainer profile that teaches a live module.
"""

from django.contrib.auth import get_user_model
from django.http import Http404
from django.shortcuts import get_object_or_404

from catalogue.models import TrainingModulePage
from communities.models import CommunityPage
from taxonomy.models import Competency, Theme

from .models import Follow, FollowTarget


def find_target(kind: str, identifier: str):
    """The object a follow form names, or Http404."""
    if kind == FollowTarget.COMMUNITY:
        if not identifier.isdigit():
            raise Http404
        return get_object_or_404(CommunityPage.objects.live(), pk=identifier)
    if kind == FollowTarget.THEME:
        return get_object_or_404(Theme, slug=identifier)
    if kind == FollowTarget.COMPETENCY:
        return get_object_or_404(Competency, code=identifier)
    if kind == FollowTarget.TRAINER:
        if not identifier.isdigit() or not is_trainer(identifier):
            raise Http404
        return get_object_or_404(get_user_model(), pk=identifier, is_active=True)
    raise Http404


def is_trainer(user_id) -> bool:
    return TrainingModulePage.objects.live().filter(trainers__user_id=user_id).exists()


def may_follow(request, kind: str, target) -> bool:
    """A private space: only those who may open it (its members, the hub's editors)."""
    if kind == FollowTarget.COMMUNITY:
        return all(r.accept_request(request) for r in target.get_view_restrictions())
    return True


def identifier_of(kind: str, target) -> str:
    if kind == FollowTarget.THEME:
        return target.slug
    if kind == FollowTarget.COMPETENCY:
        return target.code
    return str(target.pk)


def kind_of(target) -> str:
    if isinstance(target, CommunityPage):
        return FollowTarget.COMMUNITY
    if isinstance(target, Theme):
        return FollowTarget.THEME
    if isinstance(target, Competency):
        return FollowTarget.COMPETENCY
    if isinstance(target, get_user_model()):
        return FollowTarget.TRAINER
    raise TypeError(f"Not a follow target: {target!r}")


def followed_ids(request) -> set[tuple[str, int]]:
    """(target field, id) of everything the visitor follows, read once per request: the
    follow buttons of a page cost one query together."""
    if not hasattr(request, "_followed"):
        request._followed = set()
        if request.user.is_authenticated:
            for row in Follow.objects.filter(user=request.user).values_list(
                "community_id", "theme_id", "competency_id", "trainer_id"
            ):
                for field, pk in zip(FollowTarget.values, row, strict=True):
                    if pk is not None:
                        request._followed.add((field, pk))
    return request._followed
