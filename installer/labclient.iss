; Inno Setup 6 script for LabClient on Windows: the same one-folder program as the Linux
; packages (installer/labclient.spec), installed for all users under Program Files, with a
; Start-menu entry (and, if chosen, a desktop icon) and an uninstaller.
;
; Built by installer\build-windows.cmd (installer\build.py runs iscc with the defines below):
;   iscc /DAppVersion=0.1.0 /DSourceDir=build\installer\dist\labclient ^
;        /DIconFile=build\installer\icon\labclient.ico /Obuild\installer installer\labclient.iss
; Silent install on many PCs (docs/INSTALL.md):
;   labclient-0.1.0-windows-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /NOICONS=0

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\build\installer\dist\labclient"
#endif
#ifndef IconFile
  #define IconFile "..\build\installer\icon\labclient.ico"
#endif

[Setup]
; The AppId identifies LabClient to Windows for upgrades and uninstalling: never change it.
AppId={{6F1C2B0E-4D7A-4E8B-9C31-2A5D8E7B1F40}
AppName=LabClient
AppVersion={#AppVersion}
AppVerName=LabClient {#AppVersion}
AppPublisher=LabClient
DefaultDirName={autopf}\LabClient
DefaultGroupName=LabClient
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputBaseFilename=labclient-{#AppVersion}-windows-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\LabClient.exe
; One solid LZMA2 stream: the smallest download for a slow, metered line.
Compression=lzma2/ultra64
SolidCompression=yes
LZMAUseSeparateProcess=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
; Inno Setup's own translations of every text the wizard shows.
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "brazilianportuguese"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole frozen folder: LabClient.exe (the window), labclient-cli.exe (the commands and
; --self-test) and _internal\ (Python, Qt, the demo batches).
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program folder whole, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\LabClient"; Filename: "{app}\LabClient.exe"
Name: "{autodesktop}\LabClient"; Filename: "{app}\LabClient.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\LabClient.exe"; Description: "{cm:LaunchProgram,LabClient}"; Flags: nowait postinstall skipifsilent
