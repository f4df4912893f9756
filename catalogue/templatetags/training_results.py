"""The module page's results (Qualiopi indicator 2): `{% training_results page %}`."""

from django import template
from django.utils import timezone

from core.generations import per_generation

from ..satisfaction import module_results

register = template.Library()


@register.inclusion_tag("catalogue/includes/training_results.html")
def training_results(module):
    """The satisfaction, trainees trained and completion figures of `module`, once enough
    answers exist (catalogue/satisfaction.py says how each is computed)."""
    # The same for every visitor; answers, attendance and sessions bump the generation,
    # and a session that ends with the day counts from the next.
    today = timezone.localdate()
    results = per_generation(
        f"module-results:{module.pk}:{today}", lambda: module_results(module.pk, today)
    )
    return {"results": results, "module": module}
