"""The satisfaction questionnaire a trainee opens from their mail: no account, a signed link
good for one answer (catalogue/satisfaction.py). A wrong answer keeps what was typed and
says what to fix; an expired, altered or used link gets a page that says which, never a
500. Nothing here is cached: each page is one person's."""

from django import forms
from django.shortcuts import render
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from . import satisfaction
from .models import SatisfactionSurvey

COMMENT_MAX_LENGTH = 3000


def scale(labels) -> list[tuple[int, str]]:
    """Choices from 1 to 5, each labelled with its number: « 4 – satisfait·e »."""
    return [(value, format_lazy("{} – {}", value, label)) for value, label in labels]


USEFULNESS = [
    (1, _("not useful at all")),
    (2, _("not very useful")),
    (3, _("fairly useful")),
    (4, _("useful")),
    (5, _("very useful")),
]


class SatisfactionForm(forms.ModelForm):
    overall = forms.TypedChoiceField(
        label=_("Overall, how satisfied are you with this training?"),
        choices=scale(SatisfactionSurvey.Rating.choices),
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how satisfied you are, from 1 to 5.")},
    )
    objectives = forms.ChoiceField(
        label=_("Were the training's objectives reached for you?"),
        choices=SatisfactionSurvey.Objectives.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Say whether the objectives were reached.")},
    )
    useful = forms.TypedChoiceField(
        label=_("Is what you learned useful for your practice?"),
        choices=scale(USEFULNESS),
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how useful the training is, from 1 to 5.")},
    )
    would_recommend = forms.TypedChoiceField(
        label=_("Would you recommend this training to a colleague?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": _("Answer yes or no.")},
    )
    comment = forms.CharField(
        label=_("Your comments and suggestions (optional)"),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "What you liked, what could be better. Please do not name anyone: the team "
            "reads the comments to improve the training."
        ),
        error_messages={
            "max_length": _("At most %(limit_value)d characters (you typed %(show_value)d).")
        },
    )

    class Meta:
        model = SatisfactionSurvey
        fields = ["overall", "objectives", "useful", "would_recommend", "comment"]

    def answer(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


def refuse(request, reason: str, status: int):
    return render(
        request,
        "catalogue/satisfaction/link_invalid.html",
        {"reason": reason, "days": satisfaction.link_days()},
        status=status,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def answer(request, token: str):
    try:
        survey = satisfaction.survey_from_token(token)
    except satisfaction.LinkExpired:
        return refuse(request, "expired", 410)
    except satisfaction.LinkInvalid:
        return refuse(request, "invalid", 400)
    context = {
        "survey": survey,
        "session": survey.registration.session,
        "module": survey.registration.session.module,
        "threshold": satisfaction.min_answers(),
    }
    if survey.is_answered:
        return render(request, "catalogue/satisfaction/thanks.html", {**context, "again": True})
    form = SatisfactionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            satisfaction.record_answer(survey, form.answer())
        except satisfaction.AlreadyAnswered:
            survey.refresh_from_db()
            return render(
                request, "catalogue/satisfaction/thanks.html", {**context, "again": True}
            )
        return render(request, "catalogue/satisfaction/thanks.html", context)
    return render(request, "catalogue/satisfaction/form.html", {**context, "form": form})
