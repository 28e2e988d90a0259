package com.tcostudio.core.model;

/**
 * Text from a file or the command line, made safe to quote in a message: a terminal must not
 * obey an ANSI escape hidden in a field name, and a log must not be split by a line break in a
 * value. Every message that quotes user input passes it through {@link #shown(String)}.
 */
public final class UserText {
    /** Longer quotes are cut: a message stays one readable line whatever the file holds. */
    public static final int MAX_SHOWN = 120;

    private UserText() {
    }

    /**
     * The text with every control character (C0, DEL, C1, and the Unicode line, paragraph and
     * bidirectional controls) written as a backslash, {@code u} and four hex digits, cut to {@value #MAX_SHOWN} characters
     * with "..." when longer. Idempotent: what it returns contains no control character.
     */
    public static String shown(String raw) {
        return escaped(raw, MAX_SHOWN);
    }

    /**
     * The text with every control character escaped as {@link #shown(String)} does, but not cut:
     * the last guard of a whole message (file name, field path and rule) before it is printed.
     */
    public static String clean(String raw) {
        return escaped(raw, Integer.MAX_VALUE);
    }

    private static String escaped(String raw, int max) {
        if (raw == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Math.min(raw.length(), 256) + 8);
        int i = 0;
        while (i < raw.length() && sb.length() < max) {
            char c = raw.charAt(i);
            if (isControl(c)) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
            i++;
        }
        if (i < raw.length()) {
            sb.append("...");
        }
        return sb.toString();
    }

    /** Whether the text holds anything {@link #shown(String)} would change, apart from its length. */
    public static boolean hasControl(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (isControl(raw.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == '\u2028' || c == '\u2029'
                // bidirectional overrides and isolates reorder what a terminal shows
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
