"""The hub's agenda: events and webinars, their lists and calendar files (app label `events`)."""
