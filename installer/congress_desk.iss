; Inno Setup script: the Windows installer of Congress Desk (教代会工作台), made from the
; one-folder bundle that installer/build.py builds with installer/congress_desk.spec.
;
;   py installer\build.py                      (on Windows: dist\CongressDesk + smoke test)
;   iscc /DAppVersion=0.1.0 installer\congress_desk.iss
;
; Installs per user (no administrator rights) into %LOCALAPPDATA%\Programs\CongressDesk, with
; a start-menu entry, an optional desktop icon, and an uninstaller. The user's data folder
; (%LOCALAPPDATA%\CongressDesk\CongressDesk: congress.db, its backups, settings) is NOT part of
; the installation: the uninstaller leaves it in place, so an upgrade or a reinstall keeps it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "教代会工作台 Congress Desk"
#define Bundle "..\dist\CongressDesk"
#define BuildDir "..\build\installer"

[Setup]
AppId={{6F1C2B9E-3D47-4A8E-9C55-0E7B2D4C1A90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Congress Desk
DefaultDirName={autopf}\CongressDesk
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=CongressDesk-{#AppVersion}-setup
SetupIconFile={#BuildDir}\congress-desk.ico
UninstallDisplayIcon={app}\CongressDesk.exe
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
DisableProgramGroupPage=yes

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole bundle except its self-test program
Source: "{#Bundle}\*"; DestDir: "{app}"; Excludes: "congress-smoke.exe"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\CongressDesk.exe"
Name: "{group}\{#AppName}（演示学校）"; Filename: "{app}\CongressDesk.exe"; Parameters: "--demo"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\CongressDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\CongressDesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the program itself writes inside {app}; never the data folder in %LOCALAPPDATA%
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
