#!/usr/bin/env bash
# Builds the Linux packages of TCO Studio from the `mvn package` output, with a trimmed Java
# runtime (jlink): an app-image, a .deb, and an .rpm where rpmbuild exists.
# Usage: installers/linux/build.sh        (output in target/installers/)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

# The version comes from pom.xml (the project's own <version>, indented two spaces).
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)
[ -f target/tco-studio.jar ] || mvn -B -q package -DskipTests

out=target/installers
input=target/jpackage-input
rm -rf "$out" "$input"
mkdir -p "$out" "$input"
cp target/tco-studio.jar "$input/"

# What `jdeps --print-module-deps` finds in the jar, plus the modules JavaFX and the charts load
# reflectively (AWT for JFreeChart, logging and XML for JavaFX and Jackson).
modules=java.base,java.desktop,java.logging,java.prefs,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.unsupported.desktop

common=(
  --name tco-studio
  --app-version "$version"
  --vendor "TCO Studio"
  --description "Total cost of ownership of LLMs: closed API, self-hosted open weights, or a hybrid"
  --input "$input"
  --main-jar tco-studio.jar
  --main-class com.tcostudio.Launcher
  --add-modules "$modules"
  --jlink-options "--strip-debug --no-man-pages --no-header-files --strip-native-commands"
  --icon installers/linux/tco-studio.png
)

jpackage --type app-image --dest "$out" "${common[@]}"

linux=(
  --linux-package-name tco-studio
  --linux-deb-maintainer "tco-studio@users.noreply.example"
  --linux-menu-group "Office;Finance"
  --linux-app-category misc
  --linux-shortcut
  --linux-package-deps "libgtk-3-0, xdg-utils"
  --file-associations installers/linux/scenario.properties
  --resource-dir installers/linux/resources
)
jpackage --type deb --dest "$out" "${common[@]}" "${linux[@]}"
if command -v rpmbuild >/dev/null 2>&1; then
  jpackage --type rpm --dest "$out" "${common[@]}" "${linux[@]}"
fi
ls -l "$out"
