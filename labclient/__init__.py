"""LabClient: the offline-first desktop client for impact-sourcing computer labs.

The package root holds the Qt-free core. Its public API is :class:`labclient.workspace.Workspace`;
``labclient.ui`` is the only package that imports Qt, and it calls the core through that API.
"""

__version__ = "0.1.0"
