package com.tcostudio.ui.help;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.List;

/**
 * Shows the small Markdown subset our own documentation uses: headings, paragraphs, bullet lists,
 * **bold** and `code`. Not a general Markdown renderer: the documents it shows ship with the app.
 */
public final class MarkdownView {
    private MarkdownView() {
    }

    public static Node render(String markdown) {
        VBox box = new VBox(6);
        box.setPadding(new Insets(16, 24, 24, 24));
        box.getStyleClass().add("markdown");
        StringBuilder paragraph = new StringBuilder();
        for (String raw : markdown.split("\n", -1)) {
            String line = raw.stripTrailing();
            boolean continuation = raw.startsWith("  ") && !line.isBlank() && paragraph.length() > 0;
            if (continuation) {
                paragraph.append(' ').append(line.strip());
                continue;
            }
            flush(box, paragraph);
            if (line.startsWith("# ")) {
                box.getChildren().add(heading(line.substring(2), "h1"));
            } else if (line.startsWith("## ")) {
                box.getChildren().add(heading(line.substring(3), "h2"));
            } else if (line.startsWith("- ")) {
                paragraph.append("\u2022 ").append(line.substring(2));
            } else if (!line.isBlank()) {
                paragraph.append(line);
            }
        }
        flush(box, paragraph);
        return box;
    }

    private static void flush(VBox box, StringBuilder paragraph) {
        if (paragraph.length() == 0) {
            return;
        }
        boolean bullet = paragraph.charAt(0) == '\u2022';
        TextFlow flow = new TextFlow();
        flow.getChildren().addAll(inline(paragraph.toString()));
        flow.getStyleClass().add(bullet ? "md-bullet" : "md-paragraph");
        if (bullet) {
            flow.setPadding(new Insets(0, 0, 0, 14));
        }
        box.getChildren().add(flow);
        paragraph.setLength(0);
    }

    private static Node heading(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add("md-" + style);
        l.setWrapText(true);
        return l;
    }

    /** Splits **bold** and `code` runs into styled Text nodes. */
    static List<Text> inline(String s) {
        List<Text> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int bold = s.indexOf("**", i);
            int code = s.indexOf('`', i);
            int next = nearest(bold, code);
            if (next < 0) {
                out.add(text(s.substring(i), "md-text"));
                break;
            }
            if (next > i) {
                out.add(text(s.substring(i, next), "md-text"));
            }
            boolean isBold = next == bold;
            int end = isBold ? s.indexOf("**", next + 2) : s.indexOf('`', next + 1);
            if (end < 0) {
                out.add(text(s.substring(next), "md-text"));
                break;
            }
            out.add(text(s.substring(next + (isBold ? 2 : 1), end), isBold ? "md-bold" : "md-code"));
            i = end + (isBold ? 2 : 1);
        }
        return out;
    }

    private static int nearest(int a, int b) {
        if (a < 0) {
            return b;
        }
        if (b < 0) {
            return a;
        }
        return Math.min(a, b);
    }

    private static Text text(String s, String style) {
        Text t = new Text(s);
        t.getStyleClass().add(style);
        return t;
    }
}
