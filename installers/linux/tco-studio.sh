#!/bin/sh
# Launcher of the Linux packages (bin/tco-studio): the app with no arguments, the command line with
# some. It starts the bundled runtime's java itself because jpackage's native launcher asks rpm and
# dpkg which package owns it before every start, which took 0.35 s here (dpkg -S, twice).
#
# The options shorten the start (README, Performance): classes come pre-parsed from the class-data
# sharing archive made for this runtime and this path (postinst; the JVM skips it silently when it
# is missing or does not fit), and only the quick JIT compiler runs, whose code is ready sooner
# and kept redraws faster over a session on a 2-core machine.
app=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd -P)
exec "$app/lib/runtime/bin/java" \
    -XX:SharedArchiveFile="$app/lib/app/tco-studio.jsa" -XX:TieredStopAtLevel=1 \
    -classpath "$app/lib/app/tco-studio.jar" com.tcostudio.Launcher "$@"
