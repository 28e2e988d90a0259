package com.tcostudio.ui.help;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.List;

/**
 * Shows our own Markdown documents ({@link MarkdownBlocks}): headings, paragraphs, bullet and
 * numbered lists, code blocks and tables, with **bold**, *emphasis* and `code` inside. Nothing of
 * the Markdown syntax is left on screen.
 */
public final class MarkdownView {
    /** Indentation of a list item per level of nesting, in pixels. */
    private static final double INDENT = 16;

    private MarkdownView() {
    }

    public static Node render(String markdown) {
        VBox box = new VBox(6);
        box.setPadding(new Insets(16, 24, 24, 24));
        box.getStyleClass().add("markdown");
        for (MarkdownBlocks.Block block : MarkdownBlocks.parse(markdown)) {
            box.getChildren().add(node(block));
        }
        return box;
    }

    private static Node node(MarkdownBlocks.Block block) {
        if (block instanceof MarkdownBlocks.Heading h) {
            Label l = new Label(plain(h.text()));
            l.getStyleClass().add("md-h" + Math.min(h.level(), 3));
            l.setWrapText(true);
            return l;
        }
        if (block instanceof MarkdownBlocks.Item item) {
            Label marker = new Label(item.marker());
            marker.getStyleClass().add("md-marker");
            marker.setMinWidth(INDENT);
            TextFlow flow = flow(item.text(), "md-bullet");
            HBox row = new HBox(4, marker, flow);
            HBox.setHgrow(flow, Priority.ALWAYS);
            row.setPadding(new Insets(0, 0, 0, INDENT * item.depth()));
            return row;
        }
        if (block instanceof MarkdownBlocks.Code code) {
            Label l = new Label(code.text());
            l.getStyleClass().add("md-code-block");
            l.setWrapText(false);
            l.setMaxWidth(Double.MAX_VALUE);
            return l;
        }
        if (block instanceof MarkdownBlocks.Table table) {
            return table(table.rows());
        }
        return flow(((MarkdownBlocks.Paragraph) block).text(), "md-paragraph");
    }

    private static Node table(List<List<String>> rows) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        grid.setHgap(12);
        grid.setVgap(3);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                TextFlow cell = flow(rows.get(r).get(c), r == 0 ? "md-table-header" : "md-table-cell");
                grid.add(cell, c, r);
            }
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.SOMETIMES);
            grid.getColumnConstraints().add(cc);
        }
        return grid;
    }

    private static TextFlow flow(String text, String style) {
        TextFlow flow = new TextFlow();
        flow.getChildren().addAll(inline(text));
        flow.getStyleClass().add(style);
        return flow;
    }

    /** The text of a heading without its inline marks. */
    private static String plain(String s) {
        StringBuilder sb = new StringBuilder();
        for (Run r : runs(s)) {
            sb.append(r.text());
        }
        return sb.toString();
    }

    static List<Text> inline(String s) {
        List<Text> out = new ArrayList<>();
        for (Run r : runs(s)) {
            Text t = new Text(r.text());
            t.getStyleClass().add(r.style());
            out.add(t);
        }
        return out;
    }

    /** A stretch of text in one style: md-text, md-bold, md-italic or md-code. */
    record Run(String text, String style) {
    }

    /** Splits **bold**, *emphasis* (or _emphasis_) and `code` runs; an unclosed mark stays as text. */
    static List<Run> runs(String s) {
        List<Run> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            String mark = s.startsWith("**", i) ? "**" : s.charAt(i) == '`' ? "`"
                    : (s.charAt(i) == '*' || s.charAt(i) == '_') && opensEmphasis(s, i) ? String.valueOf(s.charAt(i)) : null;
            int end = mark == null ? -1 : s.indexOf(mark, i + mark.length());
            if (mark == null || end <= i + mark.length() - 1 || end == i + mark.length()) {
                plain.append(s.charAt(i));
                i++;
                continue;
            }
            if (plain.length() > 0) {
                out.add(new Run(plain.toString(), "md-text"));
                plain.setLength(0);
            }
            String style = mark.equals("**") ? "md-bold" : mark.equals("`") ? "md-code" : "md-italic";
            out.add(new Run(s.substring(i + mark.length(), end), style));
            i = end + mark.length();
        }
        if (plain.length() > 0) {
            out.add(new Run(plain.toString(), "md-text"));
        }
        return out;
    }

    /** An emphasis mark opens before a non-space, after a space or punctuation (not inside a_word or 2*3). */
    private static boolean opensEmphasis(String s, int i) {
        boolean before = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
        boolean after = i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1));
        return before && after;
    }
}
