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
# The classes a launch loads, listed by the build's training run (pom.xml, cds-class-list): the
# installed package turns it into a class-data sharing archive for its runtime and path (postinst).
if [ -f target/tco-studio.classlist ]; then
  cp target/tco-studio.classlist "$input/"
fi

# What `jdeps --print-module-deps` finds in the jar, plus the modules JavaFX and the charts load
# reflectively (AWT for JFreeChart, logging and XML for JavaFX and Jackson), and jdk.localedata
# (the number formats of every locale, not only English).
modules=java.base,java.desktop,java.logging,java.prefs,java.sql,java.xml,jdk.jfr,jdk.localedata,jdk.unsupported,jdk.unsupported.desktop

common=(
  --name tco-studio
  --app-version "$version"
  --vendor "TCO Studio"
  --description "Total cost of ownership of LLMs: closed API, self-hosted open weights, or a hybrid"
  --icon installers/linux/tco-studio.png
)

# The runtime keeps its bin/java (16 kB): the launcher below starts it directly.
jpackage --type app-image --dest "$out" "${common[@]}" \
  --input "$input" \
  --main-jar tco-studio.jar \
  --main-class com.tcostudio.Launcher \
  --add-modules "$modules" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files"
image="$out/tco-studio"
# Our launcher (see tco-studio.sh for why) in place of jpackage's, whose library and settings file
# are then unused.
install -m 755 installers/linux/tco-studio.sh "$image/bin/tco-studio"
rm "$image/lib/libapplauncher.so" "$image/lib/app/tco-studio.cfg"

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
jpackage --type deb --dest "$out" "${common[@]}" --app-image "$image" "${linux[@]}"
if command -v rpmbuild >/dev/null 2>&1; then
  jpackage --type rpm --dest "$out" "${common[@]}" --app-image "$image" "${linux[@]}"
fi

# The app-image's own class-data sharing archive, made after the packages so that they do not carry
# it: the JVM accepts it only with the jar at the path it was made with, so it serves the app-image
# where it is, and the installed packages make theirs (postinst).
if [ -f "$image/lib/app/tco-studio.classlist" ]; then
  JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$image/lib/app/tco-studio.classlist" \
    "$image/bin/tco-studio" > target/cds-app-image.log 2>&1 \
    || echo "build.sh: no start-up archive for the app-image (see target/cds-app-image.log)" >&2
fi
ls -l "$out"
