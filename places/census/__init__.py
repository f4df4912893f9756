"""The census of places (/recensement/): a structure proposes its place, or an update of
a published one, without an account; the proposal waits for a hub editor
(places.moderation)."""
