"""A training module as a schema.org `Course`, its sessions as `CourseInstance`s.

What Google's course rich results read (name, description, provider, offers with their
category, hasCourseInstance with courseMode and a workload or dates) from the Qualiopi
fields of the module. The sessions, trainers and competencies are the ones the page's
context loaded; the places of the sessions are read in one query for all.
"""

from django.db.models import prefetch_related_objects
from django.utils.text import capfirst
from wagtail import hooks

from core.breadcrumbs import breadcrumb_ancestors
from syndication.structured_data import HOOK, StructuredData, content_properties

from .models import TrainingModulePage

COURSE_MODES = {
    TrainingModulePage.Modality.IN_PERSON: "onsite",
    TrainingModulePage.Modality.REMOTE: "online",
    TrainingModulePage.Modality.BLENDED: "blended",
}


def session_mode(module, session) -> str:
    """Online when the session is held remotely only, blended when both, else the
    module's own modality for a session held in a place (onsite, or blended)."""
    if session.is_online:
        return "blended" if (session.location or session.place_id) else "online"
    return "blended" if module.modality == module.Modality.BLENDED else "onsite"


def session_location(module, session, data: StructuredData) -> list[dict]:
    where = []
    if session.place_id:
        where.append(data.describe(session.place))
    elif session.location:
        where.append({"@type": "Place", "name": session.location, "address": session.location})
    if session.is_online:
        where.append({"@type": "VirtualLocation", "url": data.url(module)})
    return [node for node in where if node]


def instructors(trainers) -> list[dict]:
    people = []
    for trainer in trainers:
        person = {"@type": "Person", "name": trainer.name}
        if trainer.organisation:
            person["worksFor"] = {"@type": "Organization", "name": trainer.organisation}
        people.append(person)
    return people


def course_instance(module, session, data: StructuredData, teachers) -> dict:
    node = {
        "@type": "CourseInstance",
        "name": module.title,
        "courseMode": session_mode(module, session),
        "startDate": data.datetime(session.start_date),
        "endDate": data.datetime(session.end_date or session.start_date),
        "eventStatus": "https://schema.org/EventCancelled"
        if getattr(session, "is_cancelled", False)
        else "https://schema.org/EventScheduled",
        "eventAttendanceMode": {
            "online": "https://schema.org/OnlineEventAttendanceMode",
            "blended": "https://schema.org/MixedEventAttendanceMode",
            "onsite": "https://schema.org/OfflineEventAttendanceMode",
        }[session_mode(module, session)],
        "organizer": data.hub(),
        "url": data.url(module) + "#sessions",
    }
    if workload := data.duration(hours=module.duration_hours):
        node["courseWorkload"] = workload
    if location := session_location(module, session, data):
        node["location"] = location[0] if len(location) == 1 else location
    if session.seats:
        node["maximumAttendeeCapacity"] = session.seats
        seats_left = getattr(session, "seats_left", None)
        if seats_left is not None:
            node["remainingAttendeeCapacity"] = seats_left
    if teachers:
        node["instructor"] = teachers
    return node


def course(module: TrainingModulePage, data: StructuredData) -> dict:
    """The module as a `Course`, with its upcoming sessions (or, without one, the way it
    is taught and how long it lasts, which Google asks of every course)."""
    sessions = data.context.get("sessions")
    if sessions is None:
        sessions = list(module.get_upcoming_sessions())
    prefetch_related_objects(sessions, "place")
    trainers = data.context.get("trainers")
    teachers = instructors(module.trainers.all() if trainers is None else trainers)
    node = {
        "@type": "Course",
        **content_properties(module, data, competencies=data.context.get("competencies")),
        "provider": data.hub(),
        "timeRequired": data.duration(hours=module.duration_hours),
        "coursePrerequisites": module.prerequisites,
        "offers": data.offer(module.price, data.url(module)),
        "accessibilitySummary": module.accessibility,
        # Its catalogue (the breadcrumb's last page: no query of its own).
        "isPartOf": {"@id": data.url(breadcrumb_ancestors(module)[-1])},
    }
    if module.certificate:
        certificate = TrainingModulePage._meta.get_field("certificate").verbose_name
        node["educationalCredentialAwarded"] = capfirst(certificate)
    if node["offers"].get("price") == "0":
        node["isAccessibleForFree"] = True
    instances = [course_instance(module, session, data, teachers) for session in sessions]
    if not instances:
        instances = [
            {
                "@type": "CourseInstance",
                "courseMode": COURSE_MODES[module.modality],
                "courseWorkload": data.duration(hours=module.duration_hours),
                **({"instructor": teachers} if teachers else {}),
            }
        ]
    node["hasCourseInstance"] = instances
    return node


@hooks.register(HOOK)
def register_course():
    return TrainingModulePage, course
