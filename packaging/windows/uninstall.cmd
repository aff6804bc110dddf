@echo off
rem Removes exactly what install.cmd wrote: the manifests beside the .exe and the HKCU keys. The evidence
rem vault (%LOCALAPPDATA%\Takedown\vault) is kept: delete it yourself only if you no longer need it.
rem "uninstall.cmd /q" does not wait for a key press at the end.
setlocal
set "failed="
for %%b in (chrome edge chromium firefox) do (
  "%~dp0takedown-host.exe" uninstall --browser %%b >nul
  if errorlevel 1 (
    echo Could not remove %%b; the message above says why. / %%b kon niet worden verwijderd; de melding hierboven zegt waarom.
    set failed=1
  )
)
echo.
if not defined failed (
  echo Removed from every browser. Your evidence vault is still in %LOCALAPPDATA%\Takedown\vault.
  echo Verwijderd uit elke browser. Je bewijskluis staat nog in %LOCALAPPDATA%\Takedown\vault.
)
if /i not "%~1"=="/q" pause
if defined failed exit /b 1
exit /b 0
