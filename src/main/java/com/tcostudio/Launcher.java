package com.tcostudio;

import com.tcostudio.cli.TcoCli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point of the jar. With no arguments it opens the desktop app; with a command it works
 * headless. It must not extend a JavaFX class, or running from the classpath fails with "JavaFX
 * runtime components are missing"; the UI classes are only loaded when the app is opened.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // no arguments, or one scenario file (as the desktop's file association passes it): the app
        if (args.length == 0 || (args.length == 1 && opensInApp(args[0]))) {
            com.tcostudio.ui.DesktopApp.open(args);
            return;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(TcoCli.run(args, out, err));
    }

    private static boolean opensInApp(String arg) {
        return (arg.endsWith(".tco") || arg.endsWith(".json")) && Files.isRegularFile(Path.of(arg));
    }
}
