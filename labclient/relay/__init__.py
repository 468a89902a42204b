"""The lab relay: one machine on the lab's LAN that fetches each media file from the hub once and
serves it to every workstation of the lab (docs/offline-links.md, "The lab relay").

**What it is.** A content-addressed cache in front of the hub's ``GET /v1/media/{sha256}``. A
workstation whose admin gave it the relay's address asks the relay first for each media file, by
the same route, and checks the bytes against the sha256 its batch names, as it does for the hub's.
Everything else (push, pull, the roster, batch documents) still goes to the hub: those answers are
small and are each workstation's own, so the hub still sees which workstation did what, with its
own sequence and chain. While the workstations cannot reach the hub, the same things go by files
through the relay, each signed by its workstation or for it: their outbox files
(:mod:`~labclient.relay.outbox_drop`) and the hub's lab file (:mod:`~labclient.relay.lab_drop`),
carried on a stick, or by the relay itself when it has a line (:mod:`~labclient.relay.upstream`).

**What it never sees: a credential.** A workstation sends the relay no token. The relay fetches
from the hub with its own enrolment (``labclient enroll`` on its data folder), which the hub
scopes to the lab like any workstation's: it can fetch the lab's media and nothing else. A relay
that is gone, slow, or hostile (a machine on the LAN answering in its place) costs a workstation
at most the try: wrong bytes fail the hash and the file comes from the hub.

**How it answers.** A file in its cache is sent at once (``Range: bytes=N-`` resumes it). A file
not in its cache is fetched from the hub in the background (at most ``UPLINK_FETCHES`` at a time,
resuming across cuts like a workstation's download). The request waits a few seconds for it
(``FIRST_WAIT_S``); a file that takes longer is answered ``503`` with ``Retry-After``, and the
workstation's sync waits and asks again. So no workstation holds a connection open while the
uplink is slow, and a second workstation asking for the same file does not start a second
download. The hub's ``404`` is passed on as ``404``.

**The metered line.** A file fetched because a workstation asked is paid by that workstation's
data budget: the relay tells the first workstation it sends the file to what the uplink carried
(``UPLINK_HEADER``). Fetches ahead (``--prefetch-minutes``) have a budget of their own
(:mod:`labclient.relay.budget`).

**Its disk.** The cache is the ``relay-cache`` folder of its data folder, at most ``max_cache_bytes``:
the files served longest ago go first. It opens the data folder's database only to read its
enrolment, so it can run from a workstation's own data folder, beside the app, without the two
sharing anything they write. One relay at a time per data folder (a lock file).
"""

from __future__ import annotations

RELAY_PORT = 8765
CACHE_DIR = "relay-cache"
LOCK_NAME = "relay.lock"
DEFAULT_MAX_CACHE_BYTES = 20 * 1024**3
#: The header in which the relay tells a workstation how many bytes the uplink carried to fetch
#: the file it is sent, because it asked first (counted in its data budget); sent once per fetch.
UPLINK_HEADER = "X-Relay-Uplink-Bytes"
