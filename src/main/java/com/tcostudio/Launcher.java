package com.tcostudio;

/**
 * Entry point of the jar. With no arguments it opens the desktop app; with a command it works
 * headless. It must not extend a JavaFX class, or running from the classpath fails with "JavaFX
 * runtime components are missing"; the UI classes are only loaded when the app is opened.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.out.println("TCO Studio");
    }
}
