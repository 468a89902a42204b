"""The PySide6 user interface. The only package that imports Qt; it calls the core's API."""
