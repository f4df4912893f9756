"""The place's admin form."""

from django.utils import timezone
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.permissions import policy_registry


class PlaceForm(WagtailAdminModelForm):
    """A community administrator files a place under their own communities only; saving
    a change moves `date_maj` to today, as the standard asks."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        self.kept_communities = []
        policy = policy_registry.get_by_type(self._meta.model)
        if for_user is not None and not policy.manages_every_place(for_user):
            field = self.fields["communities"]
            allowed = field.queryset.filter(access__administrators__user=for_user)
            # The communities of others that the place belongs to stay as they are.
            if self.instance.pk:
                self.kept_communities = list(self.instance.communities.exclude(pk__in=allowed))
            field.queryset = allowed
            field.required = True

    def save(self, commit=True):
        if self.has_changed() and "date_maj" not in self.changed_data:
            self.instance.date_maj = timezone.localdate()
        place = super().save(commit=commit)
        if commit and self.kept_communities:
            place.communities.add(*self.kept_communities)
        return place
