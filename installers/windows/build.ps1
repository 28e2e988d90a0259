# Builds the Windows installer (.msi) of TCO Studio with jpackage, from the `mvn package` output.
# Run on Windows with JDK 17 and the WiX Toolset 3.x on PATH (candle.exe, light.exe):
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $root
[xml]$pom = Get-Content pom.xml
$version = $pom.project.version
if (-not (Test-Path target\tco-studio.jar)) { mvn -B -q package -DskipTests }
Remove-Item -Recurse -Force target\installers, target\jpackage-input -ErrorAction SilentlyContinue
New-Item -ItemType Directory target\jpackage-input | Out-Null
Copy-Item target\tco-studio.jar target\jpackage-input\
jpackage --type msi --dest target\installers `
  --name "TCO Studio" --app-version $version --vendor "TCO Studio" `
  --description "Total cost of ownership of LLMs: closed API, self-hosted open weights, or a hybrid" `
  --input target\jpackage-input --main-jar tco-studio.jar --main-class com.tcostudio.Launcher `
  --add-modules java.base,java.desktop,java.logging,java.prefs,java.sql,java.xml,jdk.jfr,jdk.localedata,jdk.unsupported,jdk.unsupported.desktop `
  --jlink-options "--strip-debug --no-man-pages --no-header-files --strip-native-commands" `
  --icon installers\windows\tco-studio.ico `
  --win-menu --win-menu-group "TCO Studio" --win-shortcut --win-dir-chooser --win-per-user-install `
  --win-console:$false `
  --file-associations installers\linux\scenario.properties
Get-ChildItem target\installers
