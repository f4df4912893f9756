"""How many requests a client may make to the API: RHINOCC_API_RATE, counted per client.

The client is the one every limit of the site counts (accounts.clients: the address behind
the trusted proxies, an IPv6 /64 as one), so that a partner behind the reverse proxy is not
counted with every other visitor. The counts live in the shared cache (Redis in
production), so that every application process sees the same ones.
"""

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle

from accounts.clients import counted_client


class ClientRateThrottle(SimpleRateThrottle):
    scope = "api"

    def get_rate(self):
        return settings.RHINOCC_API_RATE

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": counted_client(request)}
