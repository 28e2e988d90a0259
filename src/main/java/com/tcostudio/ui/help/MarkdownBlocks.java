package com.tcostudio.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the Markdown our own documents use into blocks: headings (#, ##, ###), paragraphs, bullet
 * lists (nested by indentation), numbered lists, code (fenced or indented four spaces) and tables.
 * A line indented under a paragraph or list item continues it. Not a general Markdown parser: the
 * documents it reads ship with the app and are tested to parse into what they mean.
 */
final class MarkdownBlocks {
    private static final Pattern HEADING = Pattern.compile("(#{1,4})\\s+(.*)");
    private static final Pattern BULLET = Pattern.compile("( *)[-*+]\\s+(.*)");
    private static final Pattern NUMBERED = Pattern.compile("( *)(\\d+)[.)]\\s+(.*)");
    private static final Pattern TABLE_RULE = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?");

    sealed interface Block permits Heading, Paragraph, Item, Code, Table {
    }

    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    /** A list item: {@code marker} is "\u2022" or "3." ; {@code depth} 0 for the outer list. */
    record Item(int depth, String marker, String text) implements Block {
    }

    record Code(String text) implements Block {
    }

    /** The first row is the header. */
    record Table(List<List<String>> rows) implements Block {
    }

    private MarkdownBlocks() {
    }

    static List<Block> parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        StringBuilder text = new StringBuilder();
        // what the text being gathered becomes: a paragraph (null) or a list item
        Item item = null;
        int i = 0;
        while (i < lines.length) {
            String raw = lines[i];
            String line = raw.stripTrailing();
            if (line.strip().startsWith("```")) {
                flush(blocks, text, item);
                item = null;
                StringBuilder code = new StringBuilder();
                i++;
                while (i < lines.length && !lines[i].strip().startsWith("```")) {
                    code.append(code.length() > 0 ? "\n" : "").append(lines[i].stripTrailing());
                    i++;
                }
                blocks.add(new Code(code.toString()));
                i++;
                continue;
            }
            if (raw.startsWith("    ") && text.length() == 0 && !line.isBlank()) {
                StringBuilder code = new StringBuilder();
                while (i < lines.length && (lines[i].startsWith("    ") || lines[i].isBlank() && i + 1 < lines.length
                        && lines[i + 1].startsWith("    "))) {
                    code.append(code.length() > 0 ? "\n" : "").append(lines[i].length() >= 4 ? lines[i].substring(4).stripTrailing() : "");
                    i++;
                }
                blocks.add(new Code(code.toString()));
                continue;
            }
            if (line.strip().startsWith("|")) {
                flush(blocks, text, item);
                item = null;
                List<List<String>> rows = new ArrayList<>();
                while (i < lines.length && lines[i].strip().startsWith("|")) {
                    String row = lines[i].strip();
                    if (!TABLE_RULE.matcher(row).matches()) {
                        rows.add(cells(row));
                    }
                    i++;
                }
                blocks.add(new Table(rows));
                continue;
            }
            Matcher h = HEADING.matcher(line);
            Matcher b = BULLET.matcher(line);
            Matcher n = NUMBERED.matcher(line);
            if (line.isBlank()) {
                flush(blocks, text, item);
                item = null;
            } else if (h.matches()) {
                flush(blocks, text, item);
                item = null;
                blocks.add(new Heading(h.group(1).length(), h.group(2).strip()));
            } else if (b.matches()) {
                flush(blocks, text, item);
                item = new Item(b.group(1).length() / 2, "\u2022", "");
                text.append(b.group(2).strip());
            } else if (n.matches()) {
                flush(blocks, text, item);
                item = new Item(n.group(1).length() / 2, n.group(2) + ".", "");
                text.append(n.group(3).strip());
            } else {
                text.append(text.length() > 0 ? " " : "").append(line.strip());
            }
            i++;
        }
        flush(blocks, text, item);
        return blocks;
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
        List<String> cells = new ArrayList<>();
        for (String c : inner.split("(?<!\\\\)\\|", -1)) {
            cells.add(c.strip().replace("\\|", "|"));
        }
        return cells;
    }

    private static void flush(List<Block> blocks, StringBuilder text, Item item) {
        if (text.length() == 0) {
            return;
        }
        blocks.add(item == null ? new Paragraph(text.toString()) : new Item(item.depth(), item.marker(), text.toString()));
        text.setLength(0);
    }
}
