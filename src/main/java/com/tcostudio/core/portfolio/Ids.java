package com.tcostudio.core.portfolio;

import java.util.regex.Pattern;

/** The rule for ids of workloads, targets and plans, and for display names. */
public final class Ids {
    /** Lower-case letters, digits and dashes, starting with a letter or digit, 1 to 40 characters. */
    public static final Pattern PATTERN = Pattern.compile("^[a-z0-9][a-z0-9-]{0,39}$");
    public static final int MAX_NAME_LENGTH = 200;

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && PATTERN.matcher(id).matches();
    }

    static void check(Problems p, String path, String id) {
        if (!isValid(id)) {
            p.add(path, "must be 1 to 40 lower-case letters, digits or dashes, starting with a letter or digit (was "
                    + (id == null ? "missing" : "\"" + id + "\"") + ")");
        }
    }

    static void checkName(Problems p, String path, String name) {
        if (name == null || name.isBlank()) {
            p.add(path, "must not be empty");
        } else if (name.length() > MAX_NAME_LENGTH) {
            p.add(path, "must be at most " + MAX_NAME_LENGTH + " characters (was " + name.length() + ")");
        }
    }
}
