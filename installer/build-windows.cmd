@echo off
rem Build LabClient's Windows installer from this checkout (docs/INSTALL.md, "Building on Windows").
rem Needs Python 3.11 (the "py" launcher) and, for the setup program, Inno Setup 6 (iscc).
rem   installer\build-windows.cmd [--out DIR] [--no-self-test]
rem The frozen folder goes to build\installer\dist\labclient, the setup program to build\installer.
setlocal
cd /d "%~dp0\.."
if not exist .venv\Scripts\python.exe (
    py -3.11 -m venv .venv || exit /b 1
)
.venv\Scripts\python -m pip install -q --disable-pip-version-check --upgrade pip || exit /b 1
.venv\Scripts\python -m pip install -q --disable-pip-version-check -e ".[installer]" || exit /b 1
.venv\Scripts\python installer\build.py %* || exit /b 1
