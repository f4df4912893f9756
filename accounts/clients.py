"""The address of the client behind a request: what every limit counts.

Behind the reverse proxy, REMOTE_ADDR is the proxy's address, the same for every
visitor. The proxy appends the address it saw to X-Forwarded-For, so, read from
the right, each entry added by a trusted proxy names the next hop; the first one
that is not a trusted proxy is the client. Entries further left were sent by the
client itself and prove nothing. The header is read only when the request comes
from a trusted proxy (settings.RHINOCC_TRUSTED_PROXIES): anyone else could forge it.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings


@lru_cache(maxsize=8)
def trusted_networks(proxies: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(proxy.strip(), strict=False) for proxy in proxies)


def parse_address(value: str):
    try:
        return ipaddress.ip_address(value.strip())
    except ValueError:
        return None


def is_trusted_proxy(address) -> bool:
    networks = trusted_networks(tuple(settings.RHINOCC_TRUSTED_PROXIES))
    return address is not None and any(address in network for network in networks)


def client_address(request) -> str:
    """The visitor's IP address; the nearest proxy's when the header says nothing usable."""
    remote_addr = request.META.get("REMOTE_ADDR", "")
    if not is_trusted_proxy(parse_address(remote_addr)):
        return remote_addr
    client = remote_addr
    for hop in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
        address = parse_address(hop)
        if address is None:
            # A trusted proxy writes addresses only: the chain is broken here.
            break
        client = str(address)
        if not is_trusted_proxy(address):
            break
    return client


# An IPv6 subscriber holds a whole /64 network: one address each attempt would escape
# every limit.
IPV6_CLIENT_PREFIX = 64


def counted_client(request) -> str:
    """What the limits count as one client: its address, or for IPv6 its /64 network,
    written as the network's first address (a valid IP address, as axes stores it)."""
    address = client_address(request)
    parsed = parse_address(address)
    if parsed is None or parsed.version == 4:
        return address
    if parsed.ipv4_mapped is not None:
        return str(parsed.ipv4_mapped)
    network = ipaddress.ip_network(f"{parsed}/{IPV6_CLIENT_PREFIX}", strict=False)
    return str(network.network_address)
