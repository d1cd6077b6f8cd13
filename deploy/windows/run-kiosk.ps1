# Runs the kiosk and starts it again when it crashes, exits with an error or freezes.
# Started at logon by the scheduled task that install-task.ps1 registers (docs/deployment.md).
# Closing the kiosk from its staff menu (exit code 0) ends this script too.
param([string]$Kiosk = "C:\Kiosk\kiosk\kioskw.exe")

# The kiosk rewrites this file every 30 s from its UI thread; no write for 120 s = frozen.
$state = Join-Path $env:LOCALAPPDATA "kiosk\state.json"
while ($true) {
    $started = Get-Date
    $process = Start-Process -FilePath $Kiosk -ArgumentList "run" -PassThru
    $null = $process.Handle  # keeps the exit code readable after the process ends
    while (-not $process.WaitForExit(15000)) {
        $quiet = (Get-Date) - $started
        if (Test-Path $state) { $quiet = (Get-Date) - (Get-Item $state).LastWriteTime }
        if ($quiet.TotalSeconds -gt 120 -and ((Get-Date) - $started).TotalSeconds -gt 120) {
            Stop-Process -Id $process.Id -Force
        }
    }
    if ($process.ExitCode -eq 0) { break }
    Start-Sleep -Seconds 5
}
