"""``labhub serve`` with TLS, and its refusal to serve plain HTTP beyond this computer."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.helpers.hub_api import start_hub, stop_hub


def self_signed(folder: Path, name: str = "hub") -> tuple[Path, Path]:
    """A throw-away certificate for 127.0.0.1 and its key, as PEM files ``name.crt``, ``name.key``."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "labhub test")])
    now = dt.datetime.now(dt.UTC)  # valid for years either side: OpenSSL reads the real clock, which
    # scripts/test_on_another_date.sh does not move
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=3650)).not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    cert_file, key_file = folder / f"{name}.crt", folder / f"{name}.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


def serve(tmp_path: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """``labhub serve ARGS`` run to its end (for the cases where it refuses to start)."""
    env = dict(os.environ, HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "share"))
    return subprocess.run([sys.executable, "-m", "labhub.cli", "--data-dir", str(tmp_path / "data"), "serve",
                           "--port", "0", *map(str, args)], capture_output=True, text=True, env=env, timeout=60,
                          check=False, stdin=subprocess.DEVNULL)


def test_the_hub_serves_https_with_its_certificate(tmp_path: Path) -> None:
    cert, key = self_signed(tmp_path / "tls")
    hub = start_hub(tmp_path / "hub", "--tls-cert", str(cert), "--tls-key", str(key))
    try:
        hub.session.trust_env = False  # else REQUESTS_CA_BUNDLE, if set, would win over verify
        hub.session.verify = str(cert)
        assert hub.url.startswith("https://127.0.0.1:")

        r = hub.get("/v1/hello")
        hello = (r.status_code, r.json()["hub"])
        del r  # a response holds its TLS connection open, and the hub's shutdown would wait for it
        device = hub.enroll("Gulu")
        pulled = device.pull()
        with pytest.raises(requests.exceptions.SSLError):
            requests.get(hub.url + "/v1/hello", timeout=10)  # not trusted without the certificate
        with pytest.raises(requests.exceptions.ConnectionError):
            requests.get(hub.url.replace("https://", "http://") + "/v1/hello", timeout=10)
    finally:
        assert stop_hub(hub) == 0

    assert hello == (200, "labhub")
    assert pulled["batches"] == []


def test_plain_http_beyond_loopback_is_refused_before_listening(tmp_path: Path) -> None:
    # 192.0.2.1 is a documentation address no computer has: nothing could listen there anyway.
    proc = serve(tmp_path, "--host", "192.0.2.1")

    assert proc.returncode == 1
    assert proc.stdout == ""
    assert "Refusing to serve plain HTTP on 192.0.2.1" in proc.stderr
    assert "--tls-cert" in proc.stderr and "--behind-proxy" in proc.stderr and "Traceback" not in proc.stderr


def test_behind_proxy_says_loudly_what_it_assumes(tmp_path: Path) -> None:
    hub = start_hub(tmp_path / "hub", "--behind-proxy")
    try:
        assert hub.get("/v1/hello").status_code == 200
    finally:
        assert stop_hub(hub) == 0

    log = (tmp_path / "hub" / "hub.log").read_text()
    assert "WARNING: --behind-proxy" in log and "TLS reverse proxy" in log


def test_unusable_tls_files_are_refused_with_a_sentence(tmp_path: Path) -> None:
    cert, key = self_signed(tmp_path / "tls")
    _, other_key = self_signed(tmp_path / "tls", "other")
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate\n")
    cases = [
        (("--tls-cert", cert, "--tls-key", tmp_path / "missing.key"), "cannot be read"),
        (("--tls-cert", cert, "--tls-key", other_key), "cannot be used"),
        (("--tls-cert", garbage, "--tls-key", key), "cannot be used"),
        (("--tls-key", key), "--tls-key needs --tls-cert"),
    ]
    for args, reason in cases:
        proc = serve(tmp_path, *args)
        assert proc.returncode == 1, (args, proc.stderr)
        assert reason in proc.stderr, proc.stderr
        assert "Traceback" not in proc.stderr and proc.stdout == ""
