"""Sync with the organisation's hub (docs/protocol.md): Qt-free, run off the GUI thread.

``transport`` speaks HTTP (one keep-alive session, timeouts, compression, answer checks);
``credentials`` keeps the device token in the OS keyring; ``state`` reads the outbox and applies
the hub's answers in the local store; ``client`` runs a sync: push in chunks with retries.
"""
