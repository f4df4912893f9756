"""Community spaces: local networks whose contributed contents live under their page.

Keeping contributions in the community's subtree makes its members' rights a
subtree permission, the equivalent of Plone's local roles.
"""

from django import forms
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.cards import paginate_cards
from core.forms import PageForm
from core.generations import per_generation
from core.permissions import AnchorPagePermissionTester
from core.restrictions import visible_to
from core.sections import SectionPage
from images.models import IllustratedMixin
from search.facets import Facet, Kind
from search.registry import Searchable


class CommunityIndexPage(SectionPage):
    subpage_types = ["communities.CommunityPage"]
    count_text = ngettext_lazy("%(count)d community.", "%(count)d communities.", "count")
    empty_text = _("No community is published yet.")

    class Meta:
        verbose_name = _("community index")

    def get_listing(self, request):
        return (
            CommunityPage.objects.live()
            .child_of(self)
            .select_related("image")
            .prefetch_related("image__renditions", "departments")
            .order_by("title")
        )


class CommunityPage(Searchable, IllustratedMixin, Page):
    """A community space, such as the Sicoval network or Concertation 31400."""

    base_form_class = PageForm
    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("Shown on cards and in search results: 300 characters at most."),
    )
    territory = models.CharField(
        _("territory"), max_length=255, help_text=_("E.g. Communauté d'agglomération du Sicoval.")
    )
    departments = ParentalManyToManyField(
        "taxonomy.Department", verbose_name=_("departments"), related_name="communities"
    )
    themes = ParentalManyToManyField(
        "taxonomy.Theme", verbose_name=_("themes"), blank=True, related_name="communities"
    )
    description = RichTextField(_("description"), features=["bold", "italic", "ul", "ol", "link"])
    is_private = models.BooleanField(
        _("private space"),
        default=False,
        help_text=_("A private space's contents are shown to its members only."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("territory"),
                FieldPanel("departments", widget=forms.CheckboxSelectMultiple),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Territory and themes"),
        ),
        FieldPanel("description"),
        FieldPanel("image"),
        FieldPanel("is_private"),
        InlinePanel("contacts", heading=_("Contacts"), label=_("contact")),
        InlinePanel("members", heading=_("Member organisations"), label=_("member")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("territory", boost=2),
        index.SearchField("description"),
        index.RelatedFields("members", [index.SearchField("name"), index.SearchField("town")]),
        index.RelatedFields("departments", [index.SearchField("name"), index.FilterField("code")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("is_private"),
    ]
    parent_page_types = ["communities.CommunityIndexPage"]
    subpage_types = ["kits.WorkshopContentPage", "kits.ResourcePage"]
    # The download report filters by community (documents.reports).
    downloads_space = True
    search_kind = Kind.COMMUNITY
    search_prefetch = ("themes", "departments")
    # Its contributions are found under its name (the `communaute` facet).
    search_scope_facet = Facet.COMMUNITY
    # A private space's card is listed everywhere, badge included (see README).
    search_card_public = True

    class Meta:
        verbose_name = _("community")
        verbose_name_plural = _("communities")

    def permissions_for_user(self, user):
        return AnchorPagePermissionTester(user, self)

    def search_facet_values(self):
        yield from ((Facet.THEME, theme.slug, theme.name) for theme in self.themes.all())
        yield from ((Facet.DEPARTMENT, d.code, str(d)) for d in self.departments.all())

    def search_card_texts(self):
        return self.title, f"{self.summary}\n{self.territory}"

    def get_contributions(self, request):
        """Contents the community contributed that this visitor may open, newest first,
        as their specific types: a private space's members see its contents."""
        contributions = self.get_children().live().order_by("-first_published_at", "title")
        return visible_to(contributions, request).specific()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["contributions"] = paginate_cards(request, self.get_contributions(request))
        if getattr(request, "is_preview", False):
            context.update(self.get_details())
        else:
            # Shown to whoever may open the page, and changed only by publishing it.
            context.update(per_generation(f"community-details:{self.pk}", self.get_details))
        return context

    def get_details(self) -> dict:
        """What the page says of the community besides its contents."""
        return {
            "departments": list(self.departments.all()),
            "themes": list(self.themes.all()),
            "members": list(self.members.all()),
            "contacts": list(self.contacts.all()),
        }


def community_cards() -> Q:
    """Every community, private spaces included: their cards are listed wherever
    communities are (with the « Espace privé » badge), what is under them is not."""
    return Q(pk__in=CommunityPage.objects.values("pk"))


class CommunityContact(Orderable):
    page = ParentalKey(CommunityPage, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("name"), max_length=255)
    role = models.CharField(_("role"), max_length=255, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("email"), FieldPanel("phone")]

    class Meta(Orderable.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")


class CommunityMember(Orderable):
    """A member organisation of the community (people join through their accounts)."""

    page = ParentalKey(CommunityPage, on_delete=models.CASCADE, related_name="members")
    name = models.CharField(_("organisation"), max_length=255)
    town = models.CharField(_("town"), max_length=255, blank=True)

    panels = [FieldPanel("name"), FieldPanel("town")]

    class Meta(Orderable.Meta):
        verbose_name = _("member organisation")
        verbose_name_plural = _("member organisations")


class CommunityAccess(models.Model):
    """The groups, file collection and review workflow that carry a community's rights.

    Kept beside the page rather than on it, so that revisions, reverts and
    copies of the page never carry another community's groups.
    """

    page = models.OneToOneField(
        CommunityPage, verbose_name=_("community"), on_delete=models.CASCADE, related_name="access"
    )
    administrators = models.OneToOneField(
        "auth.Group",
        verbose_name=_("administrators"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="administered_community",
    )
    contributors = models.OneToOneField(
        "auth.Group",
        verbose_name=_("contributors"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="contributed_community",
    )
    members = models.OneToOneField(
        "auth.Group",
        verbose_name=_("members"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="member_of_community",
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("file collection"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    workflow = models.ForeignKey(
        "wagtailcore.Workflow",
        verbose_name=_("review workflow"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("community access")
        verbose_name_plural = _("community accesses")

    def __str__(self):
        return str(self.page)

    def groups(self) -> dict:
        """The community's groups by role, the highest role first."""
        return {
            "administrators": self.administrators,
            "contributors": self.contributors,
            "members": self.members,
        }


class JoinRequest(models.Model):
    """A member asks to join a private space; its administrators answer (communities.joining)."""

    class State(models.TextChoices):
        PENDING = "pending", _("Pending")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    community = models.ForeignKey(
        CommunityPage,
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="join_requests",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    message = models.TextField(_("message"), max_length=1000, blank=True)
    state = models.CharField(
        _("state"), max_length=16, choices=State.choices, default=State.PENDING
    )
    created_at = models.DateTimeField(_("asked on"), default=timezone.now)
    answered_at = models.DateTimeField(_("answered on"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("join request")
        verbose_name_plural = _("join requests")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # Asking twice while the first request waits would only repeat the admins' mail.
            models.UniqueConstraint(
                fields=["community", "user"],
                condition=Q(state="pending"),
                name="one_pending_join_request",
            )
        ]
        indexes = [models.Index(fields=["community", "state"])]

    def __str__(self):
        return f"{self.user} → {self.community}"

    @property
    def is_pending(self) -> bool:
        return self.state == self.State.PENDING


class ShareLink(models.Model):
    """A secret address that opens a private content, or a whole private space, read-only
    to partners without an account (communities.sharing).

    Only a hash of the token is kept: the link is shown once, when it is created, so a
    copy of the database (a backup, a leaked dump) opens nothing.
    """

    community = models.ForeignKey(
        CommunityPage,
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="share_links",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("shared content"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Empty: the whole space."),
    )
    label = models.CharField(_("label"), max_length=200)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created on"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires on"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked on"), null=True, blank=True)
    access_count = models.PositiveIntegerField(_("accesses"), default=0)
    last_accessed_at = models.DateTimeField(_("last access"), null=True, blank=True)

    class Meta:
        verbose_name = _("share link")
        verbose_name_plural = _("share links")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.label

    @property
    def root(self) -> Page:
        """What the link opens: its content, or the space's page."""
        return self.page if self.page_id else self.community

    def is_expired(self, now=None) -> bool:
        return self.expires_at is not None and self.expires_at <= (now or timezone.now())

    def is_active(self, now=None) -> bool:
        return self.revoked_at is None and not self.is_expired(now)
