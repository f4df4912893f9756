"""Charts drawn on the server as inline SVG: no script, no library, nothing fetched.

A chart is an image with a text alternative (`role="img"`, `<title>`, `<desc>`) and
readable labels; the table beside it carries the same figures for everyone who cannot
see it. Bars are horizontal, one line per label: a long month or title stays readable
at 375 px, where a column chart's labels would overlap.

Colours: the site's teal (#0b5566) on white, 7.6:1; labels in its ink (#1b1f23). They are
attributes, not CSS classes, so that the admin, which does not load the site's
stylesheet, draws them the same.
"""

from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from core.typography import french_number

WIDTH = 400
ROW = 30
BAR = 22
LABEL_WIDTH = 136
# Room on the right of the longest bar for its value.
VALUE_ROOM = 72
BAR_COLOUR = "#0b5566"
INK = "#1b1f23"
LINE = "#d9d3c7"


@dataclass(frozen=True)
class Bar:
    label: str
    value: int


def bar_chart(bars: list[Bar], *, title: str, description: str, chart_id: str) -> SafeString:
    """A horizontal bar chart of `bars`, scaled to the largest value."""
    top = max((bar.value for bar in bars), default=0) or 1
    span = WIDTH - LABEL_WIDTH - VALUE_ROOM
    height = max(len(bars), 1) * ROW + 4
    rows = format_html_join(
        "",
        '<g transform="translate(0 {})">'
        '<text x="{}" y="{}" text-anchor="end" fill="{}" font-size="14">{}</text>'
        '<rect x="{}" y="3" width="{}" height="{}" fill="{}"></rect>'
        '<text x="{}" y="{}" fill="{}" font-size="14">{}</text>'
        "</g>",
        (
            (
                index * ROW,
                LABEL_WIDTH - 6,
                BAR - 1,
                INK,
                truncated(bar.label),
                LABEL_WIDTH,
                round(span * bar.value / top, 1),
                BAR,
                BAR_COLOUR,
                LABEL_WIDTH + round(span * bar.value / top, 1) + 4,
                BAR - 1,
                INK,
                french_number(bar.value),
            )
            for index, bar in enumerate(bars)
        ),
    )
    return format_html(
        '<svg class="chart" role="img" viewBox="0 0 {} {}" width="100%" '
        'aria-labelledby="{}-title {}-desc" font-family="system-ui, sans-serif">'
        '<title id="{}-title">{}</title><desc id="{}-desc">{}</desc>'
        '<line x1="{}" y1="0" x2="{}" y2="{}" stroke="{}"></line>{}</svg>',
        WIDTH,
        height,
        chart_id,
        chart_id,
        chart_id,
        title,
        chart_id,
        description,
        LABEL_WIDTH,
        LABEL_WIDTH,
        height,
        LINE,
        rows,
    )


def truncated(label: str, length: int = 18) -> str:
    """A label that fits its column; the table beside the chart has it whole."""
    return label if len(label) <= length else label[: length - 1] + "…"
