"""What the API says of each object. Nested objects are small and flat: a term is its
stable identifier (slug or code) and its label, so that a partner can filter with it."""

from django.conf import settings
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from images.privacy import may_see
from taxonomy.models import Competency, CompetencyDomain, Department, Public, Theme


def absolute(request, url: str) -> str:
    base = getattr(settings, "WAGTAILAPI_BASE_URL", "")
    if base:
        return base.rstrip("/") + url
    return request.build_absolute_uri(url) if request is not None else url


class TermSerializer(serializers.Serializer):
    """A term of a vocabulary editors maintain: its slug stays when its name changes."""

    slug = serializers.SlugField()
    name = serializers.CharField()


class PublicSerializer(TermSerializer):
    category = serializers.ChoiceField(choices=Public.Category.choices)


class LicenceSerializer(TermSerializer):
    url = serializers.URLField(allow_blank=True)


class DomainSerializer(serializers.ModelSerializer):
    class Meta:
        model = CompetencyDomain
        fields = ["referential", "code", "label"]


class CompetencySerializer(serializers.ModelSerializer):
    """A competence of a referential (CRCN-1.1), with its referential's edition."""

    referential = serializers.CharField(source="domain.referential")
    domain = DomainSerializer()

    class Meta:
        model = Competency
        fields = ["code", "label", "referential", "version", "domain"]


class CompetencyDetailSerializer(CompetencySerializer):
    class Meta(CompetencySerializer.Meta):
        fields = [*CompetencySerializer.Meta.fields, "description"]


class DomainWithCompetenciesSerializer(DomainSerializer):
    competencies = CompetencyDetailSerializer(many=True, source="competency_list")

    class Meta(DomainSerializer.Meta):
        fields = [*DomainSerializer.Meta.fields, "competencies"]


class DepartmentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Department
        fields = ["code", "name"]


class ThemeSerializer(TermSerializer):
    class Meta:
        model = Theme


class TagSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField()


class CommunityRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.SlugField()
    title = serializers.CharField()


class DocumentRefSerializer(serializers.Serializer):
    """A file of a page: where to download it, its format, licence and source."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    download_url = serializers.SerializerMethodField()
    format = serializers.CharField(source="format_label")
    extension = serializers.CharField()
    file_size = serializers.IntegerField(allow_null=True)
    editable = serializers.BooleanField(source="is_editable")
    licence = LicenceSerializer(allow_null=True)
    source = serializers.CharField()

    def get_download_url(self, document) -> str:
        return absolute(self.context.get("request"), document.url)


@extend_schema_field({"type": "array", "items": {"$ref": "#/components/schemas/DocumentRef"}})
class VisibleDocumentsField(serializers.Field):
    """The files of a relation (a kit's tools, a module's supports) that anybody may open:
    those of a private collection are left out, title included, as on the page."""

    def __init__(self, relation: str, **kwargs):
        self.relation = relation
        kwargs.setdefault("read_only", True)
        kwargs.setdefault("source", "*")
        super().__init__(**kwargs)

    def to_representation(self, page):
        request = self.context.get("request")
        documents = [
            item.document
            for item in getattr(page, self.relation).all()
            if item.document is not None and may_see(request, item.document)
        ]
        return DocumentRefSerializer(documents, many=True, context=self.context).data
