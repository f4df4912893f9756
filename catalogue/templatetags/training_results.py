"""The module page's results (Qualiopi indicator 2): `{% training_results page %}`."""

from django import template

from ..satisfaction import module_results

register = template.Library()


@register.inclusion_tag("catalogue/includes/training_results.html")
def training_results(module):
    """The satisfaction, trainees trained and completion figures of `module`, once enough
    answers exist (catalogue/satisfaction.py says how each is computed)."""
    return {"results": module_results(module.pk), "module": module}
