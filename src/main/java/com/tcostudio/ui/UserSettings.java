package com.tcostudio.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Per-user settings kept by the Java preferences store (on Linux under ~/.java), never next to the
 * application: window size, theme, the last file and recent files.
 */
public final class UserSettings {
    private static final int RECENT_MAX = 8;
    private final Preferences node;

    public UserSettings(Preferences node) {
        this.node = node;
    }

    public static UserSettings forCurrentUser() {
        return new UserSettings(Preferences.userRoot().node("com/tcostudio/tco-studio"));
    }

    public double windowWidth() {
        return node.getDouble("window.width", 1440);
    }

    public double windowHeight() {
        return node.getDouble("window.height", 900);
    }

    public boolean maximized() {
        return node.getBoolean("window.maximized", false);
    }

    public void saveWindow(double width, double height, boolean maximized) {
        node.putDouble("window.width", width);
        node.putDouble("window.height", height);
        node.putBoolean("window.maximized", maximized);
    }

    public boolean darkTheme() {
        return node.getBoolean("theme.dark", false);
    }

    public void setDarkTheme(boolean dark) {
        node.putBoolean("theme.dark", dark);
    }

    /** Recent files, most recent first, those that still exist. */
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (String s : node.get("recent", "").split("\n")) {
            if (!s.isBlank() && Files.exists(Path.of(s))) {
                files.add(Path.of(s));
            }
        }
        return files;
    }

    public void addRecentFile(Path file) {
        List<Path> files = recentFiles();
        Path absolute = file.toAbsolutePath();
        files.remove(absolute);
        files.add(0, absolute);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(RECENT_MAX, files.size()); i++) {
            sb.append(files.get(i)).append('\n');
        }
        node.put("recent", sb.toString());
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // settings are a convenience: losing them must not stop the app
        }
    }
}
