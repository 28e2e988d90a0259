package com.tcostudio.ui.help;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownBlocksTest {
    @Test
    void headingsListsCodeAndTablesBecomeBlocksWithoutTheirSyntax() {
        String md = """
                # Title
                Some *plain* text
                  continued here.

                ## Part
                - one
                  more of one
                  - nested
                1. first
                2. second

                ```
                a = b * c
                ```

                    indented code

                | Name | Value |
                |---|---:|
                | x | `1` |
                """;
        List<MarkdownBlocks.Block> blocks = MarkdownBlocks.parse(md);
        assertEquals(List.of(
                new MarkdownBlocks.Heading(1, "Title"),
                new MarkdownBlocks.Paragraph("Some *plain* text continued here."),
                new MarkdownBlocks.Heading(2, "Part"),
                new MarkdownBlocks.Item(0, "\u2022", "one more of one"),
                new MarkdownBlocks.Item(1, "\u2022", "nested"),
                new MarkdownBlocks.Item(0, "1.", "first"),
                new MarkdownBlocks.Item(0, "2.", "second"),
                new MarkdownBlocks.Code("a = b * c"),
                new MarkdownBlocks.Code("indented code"),
                new MarkdownBlocks.Table(List.of(List.of("Name", "Value"), List.of("x", "`1`")))), blocks);
    }

    @Test
    void inlineMarksBecomeStyledRunsAndStrayMarksStayText() {
        assertEquals(List.of(new MarkdownView.Run("a ", "md-text"), new MarkdownView.Run("bold", "md-bold"),
                new MarkdownView.Run(", ", "md-text"), new MarkdownView.Run("em", "md-italic"),
                new MarkdownView.Run(" and ", "md-text"), new MarkdownView.Run("x.y", "md-code")),
                MarkdownView.runs("a **bold**, *em* and `x.y`"));
        assertEquals(List.of(new MarkdownView.Run("2 * 3 and snake_case_name", "md-text")),
                MarkdownView.runs("2 * 3 and snake_case_name"));
    }

    @Test
    void theShippedMethodologyLeavesNoMarkdownSyntaxOnScreen() {
        String page = MethodologyWindow.text();
        assertFalse(page.contains("missing from this build"));
        for (MarkdownBlocks.Block b : MarkdownBlocks.parse(page)) {
            String text = b instanceof MarkdownBlocks.Paragraph p ? p.text()
                    : b instanceof MarkdownBlocks.Item i ? i.text() : b instanceof MarkdownBlocks.Heading h ? h.text() : "";
            assertFalse(text.startsWith("#") || text.startsWith("- ") || text.startsWith("|") || text.startsWith("```"), text);
            String shown = MarkdownView.runs(text).stream().map(MarkdownView.Run::text).reduce("", String::concat);
            assertFalse(shown.contains("**"), shown);
        }
        assertTrue(page.contains("## Uncertainty"), "the page covers the Monte Carlo");
        assertFalse(page.contains("METHODOLOGY.md"), "the page stands on its own");
    }
}
