package com.tcostudio.core;

/** The application's version, from the jar manifest written by Maven from pom.xml. */
public final class AppVersion {
    private AppVersion() {
    }

    public static String get() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
