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

    def is_valid(self) -> bool:
        valid = super().is_valid()
        formset = self.formsets.get("sessions") if hasattr(self, "formsets") else None
        if formset is None or self.instance.pk is None or not formset.is_bound:
            return valid
        return self.keep_registrants(formset) and valid

    def keep_registrants(self, formset) -> bool:
        """Sessions that have registrants keep them: such a session cannot be deleted (nor
        dropped by restoring an older revision), moved to other dates, or get fewer seats
        than the people holding one. Publishing rewrites the module's sessions from the
        form (modelcluster keeps their rows by their ids), so this is checked here."""
        from .models import Registration, TrainingSession

        booked = {
            session.pk: session
            for session in TrainingSession.objects.filter(
                module_id=self.instance.pk,
                registrations__status__in=[
                    *Registration.HOLDING_A_SEAT,
                    Registration.Status.WAITING,
                ],
            )
            .with_seats_left()
            .distinct()
        }
        if not booked:
            return True
        ok = True
        kept = set()
        for form in formset.forms:
            pk = form.instance.pk
            if pk not in booked or not hasattr(form, "cleaned_data"):
                continue
            session = booked[pk]
            if form.cleaned_data.get("DELETE"):
                continue
            kept.add(pk)
            dates = (form.cleaned_data.get("start_date"), form.cleaned_data.get("end_date"))
            if dates != (session.start_date, session.end_date):
                form.add_error(
                    "start_date",
                    _(
                        "People are registered to this session: its dates cannot change. "
                        "Tick « cancelled » (they are told by e-mail) and add a new session."
                    ),
                )
                ok = False
            seats = form.cleaned_data.get("seats")
            if seats is not None and seats < session.taken_seats:
                form.add_error(
                    "seats",
                    _("%(count)s people hold a seat of this session: keep at least as many.")
                    % {"count": session.taken_seats},
                )
                ok = False
        for pk in booked.keys() - kept:
            self.add_error(
                None,
                _(
                    "The session of %(date)s has registrants: it cannot be deleted. Tick "
                    "« cancelled » instead (they are told by e-mail)."
                )
                % {"date": booked[pk].start_date.strftime("%d/%m/%Y")},
            )
            ok = False
        return ok
