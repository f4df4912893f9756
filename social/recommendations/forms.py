from django import forms
from django.utils.translation import gettext_lazy as _

from .models import COMMENT_MAX_LENGTH, FeedbackReply, Recommendation


class RecommendationForm(forms.ModelForm):
    class Meta:
        model = Recommendation
        fields = ["level", "comment"]
        labels = {
            "level": _("Would you recommend this content?"),
            "comment": _("Comment (optional)"),
        }
        widgets = {
            "level": forms.RadioSelect,
            "comment": forms.Textarea(attrs={"rows": 4, "maxlength": COMMENT_MAX_LENGTH}),
        }
        error_messages = {
            "level": {
                "required": _("Choose one of the four levels."),
                "invalid_choice": _("Choose one of the four levels."),
            },
            "comment": {
                "max_length": _("The comment is too long: %(limit_value)s characters at most.")
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A ModelForm offers an empty choice first; a radio list needs only the four.
        self.fields["level"].choices = Recommendation.Level.choices
        self.fields["comment"].help_text = _(
            "Shown with your name under the content, as text. %(count)s characters at most."
        ) % {"count": COMMENT_MAX_LENGTH}

    def clean_comment(self):
        return self.cleaned_data["comment"].strip()


class ReplyForm(forms.ModelForm):
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = FeedbackReply
        fields = ["body"]
        labels = {"body": _("Your reply")}
        widgets = {"body": forms.Textarea(attrs={"rows": 3, "maxlength": COMMENT_MAX_LENGTH})}
        error_messages = {
            "body": {
                "required": _("Write your reply before sending it."),
                "max_length": _("The reply is too long: %(limit_value)s characters at most."),
            }
        }

    def __init__(self, *args, recommendation, **kwargs):
        self.recommendation = recommendation
        super().__init__(*args, **kwargs)

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if not body:
            raise forms.ValidationError(_("Write your reply before sending it."))
        return body

    def clean_parent(self):
        """A reply answers a visible reply of the same thread, or the comment itself."""
        parent_id = self.cleaned_data.get("parent")
        if not parent_id:
            return None
        parent = self.recommendation.replies.filter(pk=parent_id, is_hidden=False).first()
        if parent is None:
            raise forms.ValidationError(_("The reply you answered is no longer shown."))
        return parent


class FeedbackSettingForm(forms.Form):
    public_feedback = forms.BooleanField(required=False)
