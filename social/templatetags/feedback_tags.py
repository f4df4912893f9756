from django import template

from social.recommendations.feedback import feedback_context, is_rateable

register = template.Library()


@register.inclusion_tag("social/recommendations/section.html", takes_context=True)
def feedback_section(context):
    """The feedback of the content page being rendered (nothing for other pages, nor for a
    page being previewed before its first save)."""
    page, request = context.get("page"), context.get("request")
    if request is None or page is None or page.pk is None or not is_rateable(page):
        return {"shown": False}
    feedback = feedback_context(page, request)
    if request.user.is_authenticated:
        # Only members bypass the page cache: « avis enregistré » never reaches a copy.
        feedback["messages"] = context.get("messages")
    return {"shown": True, **feedback}
