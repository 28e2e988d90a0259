package com.tcostudio.core.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Issue 11, item 9: the one sanitizer of quoted input. */
class UserTextTest {
    @Test
    void controlCharactersAndAnsiEscapesAreWrittenOut() {
        assertEquals("\\u001B[31mred\\u001B[0m", UserText.shown("\u001B[31mred\u001B[0m"));
        assertEquals("two\\u000Alines\\u000D", UserText.shown("two\nlines\r"));
        assertEquals("nul\\u0000 del\\u007F c1\\u009B", UserText.shown("nul\u0000 del\u007F c1\u009B"));
        assertEquals("rtl\\u202Eevil", UserText.shown("rtl\u202Eevil"));
        assertEquals("plain text, accents é and 日本", UserText.shown("plain text, accents é and 日本"));
    }

    @Test
    void longQuotesAreCutButWholeMessagesAreNot() {
        String longText = "x".repeat(500);
        assertEquals("x".repeat(UserText.MAX_SHOWN) + "...", UserText.shown(longText));
        assertEquals(longText, UserText.clean(longText));
    }

    @Property
    void whatItReturnsHoldsNoControlCharacterAndCleaningTwiceChangesNothing(@ForAll String raw) {
        String once = UserText.clean(raw);
        assertFalse(UserText.hasControl(once), once);
        assertEquals(once, UserText.clean(once));
    }
}
