"""The demo site's landmarks, named once.

Slugs and titles of `load_demo`'s content that the tests about the demo rely on.
When the demo changes, change them here.
"""

# Communities (demo/): the Sicoval network and Concertation 31400, with their accounts.
SICOVAL_SLUG = "reseau-mediation-numerique-sicoval"
CONCERTATION_31400_SLUG = "concertation-31400"
# The demo's private space, of which the demo mediator is a member.
PRIVATE_SPACE_SLUG = "ateliers-seniors-itinerants-hautes-pyrenees"

# The site's sections (demo/loader.py SECTIONS), as the demo's URLs start.
TRAINING_SLUG = "formations"
KITS_SLUG = "kits"
CONTENTS_SLUG = "contenus"
RESOURCES_SLUG = "ressources"
COMMUNITIES_SLUG = "communautes"
SECTION_SLUGS = (CONTENTS_SLUG, KITS_SLUG, TRAINING_SLUG, RESOURCES_SLUG, COMMUNITIES_SLUG)

# The training catalogues of the report, in the tree's order, and their module counts.
CATALOGUE_TITLES = [
    "Intégrer l'utilisation d'outils numériques dans l'accompagnement social",
    "Adopter une posture sociale dans l'accompagnement numérique",
]
CATALOGUE_MODULE_COUNTS = [13, 17]

# The four kits of the report; the APTIC kit is the one the loader's tests delete.
APTIC_KIT_SLUG = "devenir-structure-qualifiee-aptic"
KIT_TITLES = [
    "Devenir structure qualifiée APTIC",
    "Penser le dispositif APTIC sur son territoire",
    "Travailler la question de l'inclusion numérique avec les partenaires de son territoire",
    "Exposer la méthodologie d'une dynamique de réseau sur son territoire",
]

# At least this much content.
MIN_WORKSHOP_CONTENTS = 20
MIN_RESOURCES = 8
MIN_COMMUNITIES = 4

# The home page: its missions and a key figure of the report.
HOME_MISSION_COUNT = 6
HOME_KEY_FIGURE = "474"

# Words the browser journeys type: one most demo contents match, one the workshop
# contents match, one nothing matches, and the start of a demo title
# ("Reconnaître un hameçonnage") with a word of that title.
SEARCH_WORD = "numerique"
SEARCH_WORD_AS_WRITTEN = "numérique"  # in the demo's texts
WORKSHOP_SEARCH_WORD = "atelier"
NO_RESULT_SEARCH_WORD = "zzxqvwkj"
AUTOCOMPLETE_PREFIX = "hamec"
AUTOCOMPLETE_TITLE_WORD = "hameçonnage"
