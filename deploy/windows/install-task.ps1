# Start the kiosk when the user "kiosk" logs on, and keep it running (run-kiosk.ps1).
# Run once in an administrator PowerShell, from the folder that holds this file:
#   powershell -ExecutionPolicy Bypass -File .\install-task.ps1
# Expects the bundle in C:\Kiosk\kiosk (kioskw.exe inside) and this folder's run-kiosk.ps1.
param([string]$User = "kiosk", [string]$Folder = "C:\Kiosk")

Copy-Item -Path (Join-Path $PSScriptRoot "run-kiosk.ps1") -Destination $Folder -Force
$script = Join-Path $Folder "run-kiosk.ps1"
$action = New-ScheduledTaskAction -Execute "powershell.exe" `
    -Argument "-NoProfile -WindowStyle Hidden -ExecutionPolicy Bypass -File `"$script`""
$trigger = New-ScheduledTaskTrigger -AtLogOn -User "$env:COMPUTERNAME\$User"
$principal = New-ScheduledTaskPrincipal -UserId "$env:COMPUTERNAME\$User" -LogonType Interactive
$settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit ([TimeSpan]::Zero) `
    -RestartCount 999 -RestartInterval (New-TimeSpan -Minutes 1) `
    -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries -MultipleInstances IgnoreNew
Register-ScheduledTask -TaskName "Museum kiosk" -Action $action -Trigger $trigger `
    -Principal $principal -Settings $settings -Force

# Never turn the screen off or sleep (mains power); no screen saver for this user is set
# in Settings > Personalisation > Lock screen > Screen saver, or by group policy.
powercfg /change monitor-timeout-ac 0
powercfg /change standby-timeout-ac 0
powercfg /change hibernate-timeout-ac 0
Write-Host "Registered 'Museum kiosk'. Set automatic logon for $User (Sysinternals Autologon), then restart."
