@echo off
rem Registers takedown-host.exe, in this folder, with Chrome (and Brave), Edge, Chromium and Firefox
rem for the current user: a manifest beside the .exe and a key under HKCU per browser. No administrator
rem rights are needed. "install.cmd /q" does not wait for a key press at the end.
setlocal
set "failed="
for %%b in (chrome edge chromium firefox) do (
  "%~dp0takedown-host.exe" install --browser %%b >nul
  if errorlevel 1 (
    echo Could not set up %%b; the message above says why. / %%b kon niet worden ingesteld; de melding hierboven zegt waarom.
    set failed=1
  ) else (
    echo Set up for %%b. / Ingesteld voor %%b.
  )
)
echo.
if defined failed (
  echo Not every browser could be set up. / Niet elke browser kon worden ingesteld.
) else (
  echo Done. Restart your browser; Takedown then shows the evidence vault as ready.
  echo Klaar. Start je browser opnieuw; Takedown meldt de bewijskluis dan als klaar.
  echo If you move this folder, run install.cmd again. / Verplaats je deze map, start install.cmd dan opnieuw.
)
if /i not "%~1"=="/q" pause
if defined failed exit /b 1
exit /b 0
