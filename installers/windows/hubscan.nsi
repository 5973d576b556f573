; HubScan for Windows: installs the PyInstaller bundle, Start-menu entries, and the
; station's settings file. Built with makensis (also on Linux: Debian's nsis):
;   makensis -DVERSION=0.1.0 -DBUNDLE=dist\hubscan -DOUTFILE=HubScan-0.1.0-setup.exe hubscan.nsi
; Silent install for IT (writes C:\ProgramData\HubScan\hubscan.toml, then checks it):
;   HubScan-0.1.0-setup.exe /S /HUBID=SYD /WORKSTATIONID=07 /CENTRALURL=https://central.example:8443
Unicode true
!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "nsDialogs.nsh"
!include "LogicLib.nsh"

!ifndef VERSION
  !error "give -DVERSION=..."
!endif
!ifndef BUNDLE
  !error "give -DBUNDLE=<the PyInstaller one-directory bundle>"
!endif
!ifndef OUTFILE
  !define OUTFILE "HubScan-${VERSION}-setup.exe"
!endif

Name "HubScan ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\HubScan"
RequestExecutionLevel admin
SetCompressor /SOLID lzma

Var HubId
Var WorkstationId
Var CentralUrl
Var HubField
Var WorkstationField
Var CentralField

!insertmacro MUI_PAGE_DIRECTORY
Page custom StationPage StationPageLeave
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  ${GetParameters} $R0
  ${GetOptions} $R0 "/HUBID=" $HubId
  ${GetOptions} $R0 "/WORKSTATIONID=" $WorkstationId
  ${GetOptions} $R0 "/CENTRALURL=" $CentralUrl
FunctionEnd

Function StationPage
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 24u "This station's hub id (3 letters or digits), workstation id (2) and the central service URL (may stay empty: offline). They go into C:\ProgramData\HubScan\hubscan.toml."
  ${NSD_CreateLabel} 0 30u 30% 12u "Hub id"
  ${NSD_CreateText} 32% 28u 30% 12u $HubId
  Pop $HubField
  ${NSD_CreateLabel} 0 48u 30% 12u "Workstation id"
  ${NSD_CreateText} 32% 46u 30% 12u $WorkstationId
  Pop $WorkstationField
  ${NSD_CreateLabel} 0 66u 30% 12u "Central service URL"
  ${NSD_CreateText} 32% 64u 68% 12u $CentralUrl
  Pop $CentralField
  nsDialogs::Show
FunctionEnd

Function StationPageLeave
  ${NSD_GetText} $HubField $HubId
  ${NSD_GetText} $WorkstationField $WorkstationId
  ${NSD_GetText} $CentralField $CentralUrl
FunctionEnd

Section "HubScan" Main
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\HubScan"
  CreateShortcut "$SMPROGRAMS\HubScan\HubScan.lnk" "$INSTDIR\hubscan-window.exe"
  CreateShortcut "$SMPROGRAMS\HubScan\HubScan doctor.lnk" "$SYSDIR\cmd.exe" '/k ""$INSTDIR\hubscan.exe" doctor"'
  CreateShortcut "$SMPROGRAMS\HubScan\Uninstall HubScan.lnk" "$INSTDIR\uninstall.exe"
  ; The settings file: written only when ids were given, so a reinstall keeps IT's file.
  ${If} $HubId != ""
    CreateDirectory "$APPDATA\HubScan"
    FileOpen $0 "$APPDATA\HubScan\hubscan.toml" w
    FileWrite $0 "# Written by the HubScan installer; every setting: docs/configuration.md$\r$\n"
    FileWrite $0 'hub_id = "$HubId"$\r$\n'
    FileWrite $0 'workstation_id = "$WorkstationId"$\r$\n'
    FileWrite $0 "$\r$\n[central]$\r$\n"
    FileWrite $0 'url = "$CentralUrl"$\r$\n'
    FileClose $0
  ${EndIf}
  ; The settings are checked now: a silent install ends with exit code 2 when they are bad.
  nsExec::ExecToLog '"$INSTDIR\hubscan.exe" config check'
  Pop $1
  ${If} $1 != "0"
    DetailPrint "The settings are not valid: run 'hubscan config check' and fix C:\ProgramData\HubScan\hubscan.toml"
    SetErrorLevel 2
  ${EndIf}
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\HubScan" "DisplayName" "HubScan"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\HubScan" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\HubScan" "Publisher" "HubScan"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\HubScan" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\HubScan" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  ; The settings (ProgramData) and each user's database and logs stay: they hold scans.
  RMDir /r "$SMPROGRAMS\HubScan"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\HubScan"
SectionEnd
