"""The training module's admin form."""

from django.utils.translation import gettext as _

from core.forms import PageForm


class TrainingModuleForm(PageForm):
    """The page form, where the logged-in trainer finds their own profile first in
    "Trainers", labelled as theirs and ticked on a new module."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("trainers")
        if field is None or self.for_user is None:
            return
        # catalogue.models names this form: its own imports come after it.
        from .trainers import ensure_trainer_profile, own_profile_first

        # The profile is made at login; this covers a session opened before it existed.
        profile = ensure_trainer_profile(self.for_user)
        field.queryset = own_profile_first(field.queryset, self.for_user)
        if profile is None:
            return
        field.label_from_instance = lambda trainer: (
            _("%(name)s (you)") % {"name": trainer.name}
            if trainer.pk == profile.pk
            else str(trainer)
        )
        if self.instance.pk is None and not self.is_bound and not self.initial.get("trainers"):
            self.initial["trainers"] = [profile.pk]
