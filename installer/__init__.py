"""Building LabClient's installers: PyInstaller specs, the Linux archive and .deb, the Windows
Inno Setup script (docs/INSTALL.md). ``installer.build`` is importable by the tests and the
benchmark; the spec files are run by PyInstaller."""
