"""Which addresses count as this machine: writes without a token are allowed only from there."""

from __future__ import annotations

import ipaddress


def is_loopback(host: str | None) -> bool:
    """True for 127.0.0.0/8, ::1 and "localhost"; False for anything else, names included."""
    if not host:
        return False
    host = host.strip().strip("[]")
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:  # any other host name may resolve anywhere
        return False
