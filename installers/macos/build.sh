#!/usr/bin/env bash
# Builds the macOS disk image (.dmg) and installer (.pkg) of TCO Studio with jpackage.
# Run on macOS with JDK 17. Signing and notarisation: see installers/README.md; set
# MAC_SIGNING_IDENTITY ("Developer ID Application: NAME (TEAMID)") to sign.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)
[ -f target/tco-studio.jar ] || mvn -B -q package -DskipTests
rm -rf target/installers target/jpackage-input
mkdir -p target/installers target/jpackage-input
cp target/tco-studio.jar target/jpackage-input/
# The icon: made from the shared PNG with the Mac's own tools.
iconset=target/tco-studio.iconset
rm -rf "$iconset" && mkdir -p "$iconset"
for size in 16 32 64 128 256; do
  sips -z $size $size installers/linux/tco-studio.png --out "$iconset/icon_${size}x${size}.png" >/dev/null
done
iconutil -c icns "$iconset" -o target/tco-studio.icns
sign=()
if [ -n "${MAC_SIGNING_IDENTITY:-}" ]; then
  sign=(--mac-sign --mac-signing-key-user-name "$MAC_SIGNING_IDENTITY")
fi
for type in dmg pkg; do
  jpackage --type "$type" --dest target/installers \
    --name "TCO Studio" --app-version "$version" --vendor "TCO Studio" \
    --input target/jpackage-input --main-jar tco-studio.jar --main-class com.tcostudio.Launcher \
    --add-modules java.base,java.desktop,java.logging,java.prefs,java.sql,java.xml,jdk.jfr,jdk.localedata,jdk.unsupported,jdk.unsupported.desktop \
    --jlink-options "--strip-debug --no-man-pages --no-header-files --strip-native-commands" \
    --icon target/tco-studio.icns \
    --mac-package-identifier com.tcostudio.app --mac-package-name "TCO Studio" \
    --file-associations installers/linux/scenario.properties "${sign[@]}"
done
ls -l target/installers
