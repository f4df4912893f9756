from django import template
from django.urls import reverse
from django.utils.http import urlencode

from catalogue.models import Trainer
from social.follows.models import FollowTarget
from social.follows.targets import followed_ids, identifier_of, kind_of

register = template.Library()


@register.inclusion_tag("social/follows/button.html", takes_context=True)
def follow_button(context, target, label=""):
    """« Suivre » / « Ne plus suivre » `target` (a community page, a theme, a competency, a
    trainer profile or account). Anonymous visitors get a link to log in, and no form: the page
    they see may be the cached copy every anonymous visitor gets."""
    request = context.get("request")
    if request is None or target is None:
        return {"shown": False}
    if isinstance(target, Trainer):
        # A trainer profile is followed as its account, read by its id only.
        kind, pk, identifier = FollowTarget.TRAINER, target.user_id, str(target.user_id)
    else:
        kind = kind_of(target)
        pk, identifier = target.pk, identifier_of(kind, target)
    if pk is None:
        return {"shown": False}
    return {
        "shown": True,
        "authenticated": request.user.is_authenticated,
        "following": (kind, pk) in followed_ids(request),
        "kind": kind,
        "id": identifier,
        "label": label or str(getattr(target, "title", target)),
        "next": request.get_full_path(),
        "login_url": f"{reverse('accounts:login')}?{urlencode({'next': request.path})}",
    }
