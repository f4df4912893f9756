"""The demo site's landmarks, named once.

Slugs and titles of `load_demo`'s content that the tests about the demo rely on.
When the demo changes, change them here.
"""

# Communities (demo/): the Sicoval network and Concertation 31400, with their accounts.
SICOVAL_SLUG = "reseau-mediation-numerique-sicoval"
CONCERTATION_31400_SLUG = "concertation-31400"
# The demo's private space, of which the demo mediator is a member.
PRIVATE_SPACE_SLUG = "ateliers-seniors-itinerants-hautes-pyrenees"
