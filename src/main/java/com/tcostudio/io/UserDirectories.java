package com.tcostudio.io;

import java.nio.file.Path;

/**
 * Where the user's own files live: {@code $TCO_STUDIO_HOME}, or {@code ~/.tco-studio}. Imported
 * price files go to its {@code catalogue} folder and are loaded beside the shipped catalogue.
 */
public final class UserDirectories {
    private UserDirectories() {
    }

    public static Path home() {
        String env = System.getenv("TCO_STUDIO_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".tco-studio");
    }

    public static Path catalogue() {
        return home().resolve("catalogue");
    }
}
