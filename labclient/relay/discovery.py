"""Finding the lab relay on the LAN without typing its address: DNS-SD over multicast DNS
(zeroconf), as printers and Kolibri's devices find each other (docs/offline-links.md).

The relay **announces** itself (:func:`announce`) as a ``_labrelay._tcp`` service: its addresses
on the lab's network, its port, and in its TXT record the hub it relays (``hub``) and its lab
(``lab``). A workstation's admin **looks** for it (:func:`find_relays`, the admin screen's button
"Find on the network"): only a relay of this workstation's hub and lab is taken, and its address
is then set like a typed one.

Nothing here is trusted more than a typed address: any machine on the LAN can announce anything.
A relay is asked for nothing a workstation does not check (docs/protocol.md, "The lab relay"):
it gets no credential, its files must match the batch's hashes, and its hello must name this
workstation's hub, or it is not used.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from labclient.errors import LabClientError

if TYPE_CHECKING:  # zeroconf is imported when a relay announces or a search runs, not at start
    from zeroconf import ServiceInfo, Zeroconf

log = logging.getLogger("labclient.relay")

SERVICE_TYPE = "_labrelay._tcp.local."
#: A TXT value longer than this is not a relay's (a hub URL is checked at 2048 characters).
MAX_TXT = 2048
#: Seconds to wait for each announced relay's details.
RESOLVE_MS = 1500
#: The longest DNS label, in bytes: the longest instance name DNS-SD can announce.
MAX_LABEL_BYTES = 63


class RelaySearchError(LabClientError):
    """The LAN could not be searched (no network, or multicast refused); nothing changed."""

    code = "relay.search"
    template = "The lab relay could not be looked for on this network ({detail}). Type its address instead."


@dataclass
class Announcement:
    """A relay's announcement on the LAN; :meth:`close` withdraws it."""

    name: str
    _zeroconf: Zeroconf
    _info: ServiceInfo

    def close(self) -> None:
        """Withdraw the announcement (a relay that stops says so), and stop answering."""
        with contextlib.suppress(Exception):  # the network may be gone already: nothing to withdraw then
            self._zeroconf.unregister_service(self._info)
        self._zeroconf.close()


def announce(port: int, addresses: Sequence[str], hub_url: str, lab: str | None, *,
             interfaces: Sequence[str] | None = None, probe: bool = True) -> Announcement:
    """Announce the relay listening on ``port`` at ``addresses`` (IPv4) for ``hub_url`` and
    ``lab``, on ``interfaces`` (their addresses; None: every interface). Its name holds the lab,
    the machine's name and the port, so two relays on one machine never share one: the probe
    that DNS-SD makes for a name in use cannot see another program on the same machine, whose
    answer the kernel may hand to either listener. A name another machine uses already (a cloned
    disk keeps its host name) gets a number (``probe``: asked first, about 1.5 s; without, for a
    name of its own such as the self-test's). RelaySearchError when the LAN cannot be used for it."""
    from zeroconf import InterfaceChoice, IPVersion, ServiceInfo, Zeroconf

    host = socket.gethostname().split(".")[0][:40] or "relay"
    label = instance_label(lab, host, port)
    name = f"{label}.{SERVICE_TYPE}"
    try:
        info = ServiceInfo(SERVICE_TYPE, name, port=port, addresses=[socket.inet_aton(a) for a in addresses],
                           properties={"hub": hub_url, "lab": lab or ""}, server=f"{host}.local.")
        zc = Zeroconf(interfaces=list(interfaces) if interfaces else InterfaceChoice.All,
                      ip_version=IPVersion.V4Only)
    except Exception as exc:  # an address or a name zeroconf refuses, a LAN it cannot use
        raise RelaySearchError(detail=f"{type(exc).__name__}: {str(exc)[:200]}") from None
    try:
        zc.register_service(info, allow_name_change=probe, cooperating_responders=not probe)
    except Exception as exc:  # zeroconf's own errors (a name it cannot make unique, a blocked loop)
        zc.close()
        raise RelaySearchError(detail=f"{type(exc).__name__}: {str(exc)[:200]}") from None
    return Announcement(info.name, zc, info)


def instance_label(lab: str | None, host: str, port: int) -> str:
    """The relay's DNS-SD instance name, ``LabClient relay LAB HOST PORT``, cut to the 63 bytes
    (UTF-8) a DNS label holds: the lab and host part is shortened, whole characters at a time,
    and the port always stays."""
    suffix = f" {port}"
    # a character is a byte at least: a longer name (from the hub, so any length) is cut first
    text = f"LabClient relay {lab or ''} {host}".replace(".", " ").strip()[:MAX_LABEL_BYTES]
    room = MAX_LABEL_BYTES - len(suffix.encode("utf-8"))
    while len(text.encode("utf-8")) > room:
        text = text[:-1]
    return text.rstrip() + suffix


def find_relays(hub_url: str, lab: str | None, *, wait_s: float = 3.0,
                interfaces: Sequence[str] | None = None) -> list[str]:
    """The addresses (``http://host:port``) of the relays of ``hub_url`` (and ``lab``, when
    given) that answer on the LAN within ``wait_s`` seconds; it returns as soon as one is found
    (with the others found by then). Empty when none answers. RelaySearchError when the LAN
    cannot be searched."""
    from zeroconf import InterfaceChoice, IPVersion, ServiceBrowser, ServiceListener, Zeroconf

    names: list[str] = []
    heard = threading.Event()
    lock = threading.Lock()

    class _Listener(ServiceListener):
        def add_service(self, zc: Zeroconf, type_: str, name: str) -> None:
            with lock:
                names.append(name)
            heard.set()

        def update_service(self, zc: Zeroconf, type_: str, name: str) -> None:
            self.add_service(zc, type_, name)

        def remove_service(self, zc: Zeroconf, type_: str, name: str) -> None:
            """A relay that stops: nothing to do (it is not in the answer unless it answers)."""

    try:
        zc = Zeroconf(interfaces=list(interfaces) if interfaces else InterfaceChoice.All, ip_version=IPVersion.V4Only)
    except (OSError, ValueError) as exc:
        raise RelaySearchError(detail=str(exc)[:200]) from None
    found: list[str] = []
    try:
        browser = ServiceBrowser(zc, SERVICE_TYPE, _Listener())
        deadline = time.monotonic() + wait_s
        asked: set[str] = set()
        while not found and (left := deadline - time.monotonic()) > 0:
            heard.wait(left)
            heard.clear()
            with lock:
                new = [n for n in names if n not in asked][:32]  # a LAN flooding names gets a bounded look
            for name in new:
                asked.add(name)
                info = zc.get_service_info(SERVICE_TYPE, name, timeout=RESOLVE_MS)
                url = _relay_url(info, hub_url, lab)
                if url is not None and url not in found:
                    found.append(url)
        browser.cancel()
    except Exception as exc:  # zeroconf's own errors: the search failed, nothing changed
        raise RelaySearchError(detail=f"{type(exc).__name__}: {str(exc)[:200]}") from None
    finally:
        zc.close()
    return found


def _relay_url(info: ServiceInfo | None, hub_url: str, lab: str | None) -> str | None:
    """The address of an announced relay, when it relays ``hub_url`` (and ``lab``); else None."""
    from zeroconf import IPVersion

    if info is None or info.port is None:
        return None
    props = {k: v for k, v in info.properties.items() if isinstance(k, bytes) and isinstance(v, bytes)}
    said_hub = props.get(b"hub", b"")[:MAX_TXT].decode("utf-8", "replace")
    said_lab = props.get(b"lab", b"")[:MAX_TXT].decode("utf-8", "replace")
    if said_hub != hub_url or (lab and said_lab != lab):
        return None
    addresses = info.parsed_addresses(IPVersion.V4Only)
    if not addresses or not 0 < info.port < 65536:
        return None
    return f"http://{addresses[0]}:{info.port}"
