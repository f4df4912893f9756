"""Workshop contents, kits and resources as schema.org `LearningResource`s.

Their classification (competencies taught, publics, support type, licence) comes from
syndication's `content_properties`; each type adds what it knows: a workshop's level
and length, a kit's steps, a resource's kind and provider. Every one is free to use.
"""

from wagtail import hooks

from syndication.structured_data import HOOK, StructuredData, content_properties

from .models import KitPage, ResourcePage, WorkshopContentPage


def learning_resource(page, data: StructuredData, **properties) -> dict:
    node = {"@type": "LearningResource", **content_properties(page, data)}
    node.setdefault("learningResourceType", properties.pop("resource_type", None))
    node.update(isAccessibleForFree=True, **properties)
    return {key: value for key, value in node.items() if value not in (None, "", [])}


def workshop_content(page: WorkshopContentPage, data: StructuredData) -> dict:
    """A workshop: its level, and the time its sessions take together."""
    minutes = page.duration_minutes and page.duration_minutes * page.session_count
    return learning_resource(
        page,
        data,
        educationalLevel=page.get_level_display(),
        timeRequired=data.duration(minutes=minutes),
        educationalUse=page._meta.verbose_name,
    )


def kit(page: KitPage, data: StructuredData) -> dict:
    """A kit: its steps as the parts of a how-to, in the order the page shows them."""
    shown = data.context.get("steps")  # the page's context loaded them
    steps = [
        {"@type": "HowToStep", "position": position, "name": step.title, "text": step.description}
        for position, step in enumerate(page.steps.all() if shown is None else shown, start=1)
    ]
    return learning_resource(
        page,
        data,
        resource_type=page._meta.verbose_name,
        hasPart=steps and {"@type": "HowTo", "name": page.title, "step": steps},
    )


def resource(page: ResourcePage, data: StructuredData) -> dict:
    """A resource of the bank: its kind, and who provides it where."""
    return learning_resource(
        page,
        data,
        resource_type=page.get_kind_display(),
        provider=page.provider and {"@type": "Organization", "name": page.provider},
        spatialCoverage=page.coverage and {"@type": "Place", "name": page.coverage},
        isBasedOn=page.website,
    )


@hooks.register(HOOK)
def register_workshop_content():
    return WorkshopContentPage, workshop_content


@hooks.register(HOOK)
def register_kit():
    return KitPage, kit


@hooks.register(HOOK)
def register_resource():
    return ResourcePage, resource
