package com.tcostudio.report;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Page layout for the PDF report on top of PDFBox: a cursor running down the page, wrapped
 * paragraphs, tables, charts drawn as vector graphics, and a footer with page numbers. Text uses
 * the bundled DejaVu Sans, embedded (as a subset), so it is selectable and looks the same on every
 * machine.
 */
final class PdfLayout implements AutoCloseable {
    static final float MARGIN = 50;
    static final Color INK = new Color(0x1F2328);
    static final Color MUTED = new Color(0x57606A);
    static final Color RULE = new Color(0xD0D7DE);
    static final Color ACCENT = new Color(0x0969DA);

    private final PDDocument doc;
    private final PDRectangle size;
    final PDFont regular;
    final PDFont bold;
    private PDPage page;
    private PDPageContentStream cs;
    private float y;
    private boolean[] rightAligned = new boolean[0];

    PdfLayout(PDDocument doc, PDRectangle size) throws IOException {
        this.doc = doc;
        this.size = size;
        this.regular = font("DejaVuSans.ttf");
        this.bold = font("DejaVuSans-Bold.ttf");
    }

    private PDFont font(String file) throws IOException {
        try (InputStream in = PdfLayout.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IOException("font " + file + " is missing from the application");
            }
            return PDType0Font.load(doc, in);
        }
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    /** Space left above the footer. */
    float room() {
        return y - MARGIN - 20;
    }

    void newPage() throws IOException {
        closeStream();
        page = new PDPage(size);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = size.getHeight() - MARGIN;
    }

    void ensureRoom(float height) throws IOException {
        if (page == null || room() < height) {
            newPage();
        }
    }

    void space(float points) {
        y -= points;
    }

    void heading(String text, float fontSize) throws IOException {
        ensureRoom(fontSize * 3);
        line(text, bold, fontSize, INK, MARGIN);
        y -= fontSize * 0.5f;
    }

    /** Wrapped text across the page width. */
    void paragraph(String text, PDFont font, float fontSize, Color color) throws IOException {
        for (String l : wrap(clean(text), font, fontSize, width())) {
            ensureRoom(fontSize * 1.5f);
            line(l, font, fontSize, color, MARGIN);
        }
        y -= fontSize * 0.5f;
    }

    private void line(String text, PDFont font, float fontSize, Color color, float x) throws IOException {
        y -= fontSize * 1.35f;
        write(text, font, fontSize, color, x, y);
    }

    void write(String text, PDFont font, float fontSize, Color color, float x, float baseline) throws IOException {
        cs.beginText();
        cs.setFont(font, fontSize);
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset(x, baseline);
        cs.showText(clean(text));
        cs.endText();
    }

    float textWidth(String text, PDFont font, float fontSize) throws IOException {
        return font.getStringWidth(clean(text)) / 1000 * fontSize;
    }

    /**
     * A table: first column left-aligned, the others right-aligned (numbers). The header row is
     * bold with a rule under it; a row whose first cell starts with "Total" is bold. Rows that do
     * not fit continue on a new page under a repeated header.
     */
    void table(List<String> header, List<List<String>> rows, float[] widths, float fontSize) throws IOException {
        boolean[] right = new boolean[widths.length];
        java.util.Arrays.fill(right, 1, right.length, true);
        table(header, rows, widths, right, fontSize);
    }

    /** A table with the alignment of each column given ({@code true}: right, for numbers). */
    void table(List<String> header, List<List<String>> rows, float[] widths, boolean[] right, float fontSize)
            throws IOException {
        this.rightAligned = right;
        float rowHeight = fontSize * 1.7f;
        ensureRoom(rowHeight * 3);
        tableRow(header, widths, fontSize, bold, true);
        for (List<String> row : rows) {
            if (room() < rowHeight) {
                newPage();
                tableRow(header, widths, fontSize, bold, true);
            }
            tableRow(row, widths, fontSize, row.get(0).startsWith("Total") ? bold : regular, false);
        }
        y -= fontSize;
    }

    /**
     * Column widths from the cells: each column as wide as its widest cell (header and "Total" rows
     * in bold) with its padding; the {@code flexible} column takes the rest of the page width, or
     * with none (-1) the rest is shared by all. Null when the columns other than the flexible one,
     * or all of them without one, do not fit the page: the caller then tries a larger unit or a
     * smaller font, so that numbers are never cut.
     */
    float[] columnWidths(List<String> header, List<List<String>> rows, float fontSize, int flexible) throws IOException {
        float[] need = new float[header.size()];
        for (int i = 0; i < need.length; i++) {
            need[i] = cellWidth(header.get(i), bold, fontSize, i);
        }
        for (List<String> row : rows) {
            PDFont font = row.get(0).startsWith("Total") ? bold : regular;
            for (int i = 0; i < need.length; i++) {
                need[i] = Math.max(need[i], cellWidth(row.get(i), font, fontSize, i));
            }
        }
        float sum = 0;
        for (int i = 0; i < need.length; i++) {
            sum += i == flexible ? 0 : need[i];
        }
        float left = width() - sum;
        if (flexible >= 0) {
            // the flexible column's text is cut with an ellipsis if it still does not fit
            if (left < FLEXIBLE_MIN_WIDTH) {
                return null;
            }
            need[flexible] = left;
            return need;
        }
        if (left < 0) {
            return null;
        }
        for (int i = 0; i < need.length; i++) {
            need[i] += left / need.length;
        }
        return need;
    }

    /**
     * A table laid out to fit: the variant (a unit, a header style...) and font size chosen, the
     * header and rows made for it, and the column widths.
     */
    record Fitted<T>(T variant, float fontSize, List<String> header, List<List<String>> rows, float[] widths) {
    }

    /**
     * The first variant, at the first font size, whose table fits the page (see {@link #columnWidths}):
     * variants in order of preference (units before thousands before millions), font sizes largest
     * first. The table of a variant is its header followed by its rows. When none fits, the last
     * variant at the smallest size, in equal columns whose text is cut: it does not happen for any
     * amount below 10^15 of the table's unit.
     */
    <T> Fitted<T> fit(List<T> variants, float[] fontSizes, int flexible,
                      java.util.function.Function<T, List<List<String>>> table) throws IOException {
        List<List<String>> last = null;
        for (T v : variants) {
            last = table.apply(v);
            for (float fs : fontSizes) {
                float[] widths = columnWidths(last.get(0), last.subList(1, last.size()), fs, flexible);
                if (widths != null) {
                    return new Fitted<>(v, fs, last.get(0), last.subList(1, last.size()), widths);
                }
            }
        }
        float[] equal = new float[last.get(0).size()];
        java.util.Arrays.fill(equal, width() / equal.length);
        return new Fitted<>(variants.get(variants.size() - 1), fontSizes[fontSizes.length - 1], last.get(0),
                last.subList(1, last.size()), equal);
    }

    /** The width a cell's text needs in column i, with the padding {@link #tableRow} puts around it. */
    private float cellWidth(String text, PDFont font, float fontSize, int column) throws IOException {
        return textWidth(text, font, fontSize) + (column == 0 ? CELL_PADDING : 2 * CELL_PADDING) + FIT_SLACK;
    }

    private void tableRow(List<String> cells, float[] widths, float fontSize, PDFont font, boolean header) throws IOException {
        y -= fontSize * 1.7f;
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float w = widths[i];
            // a gap between columns, and text that would run into the next column is cut with an ellipsis
            float pad = i == 0 ? 0 : CELL_PADDING;
            String cell = fit(cells.get(i), font, fontSize, w - pad - CELL_PADDING);
            float tx = rightAligned[i] ? x + w - textWidth(cell, font, fontSize) - CELL_PADDING : x + pad;
            write(cell, font, fontSize, header ? MUTED : INK, tx, y);
            x += w;
        }
        cs.setStrokingColor(RULE);
        cs.setLineWidth(header ? 0.8f : 0.3f);
        cs.moveTo(MARGIN, y - fontSize * 0.45f);
        cs.lineTo(x, y - fontSize * 0.45f);
        cs.stroke();
    }

    /**
     * A table whose cells wrap within their column instead of being cut: text columns (left) and
     * headers wrap at spaces; a number (right-aligned) is written whole, the caller having sized
     * its column or unit so that it fits. A row whose first cell starts with "Total" is bold; rows
     * that do not fit continue on a new page under a repeated header.
     */
    void wrappedTable(List<String> header, List<List<String>> rows, float[] widths, boolean[] right, float fontSize)
            throws IOException {
        float line = fontSize * 1.3f;
        ensureRoom(line * 4);
        wrappedRow(header, widths, right, fontSize, bold, true);
        for (List<String> row : rows) {
            PDFont font = row.get(0).startsWith("Total") ? bold : regular;
            if (room() < rowHeight(row, widths, fontSize, font)) {
                newPage();
                wrappedRow(header, widths, right, fontSize, bold, true);
            }
            wrappedRow(row, widths, right, fontSize, font, false);
        }
        y -= fontSize;
    }

    /** The width left for text in column i of a table. */
    static float cellWidth(float[] widths, int i) {
        return widths[i] - (i == 0 ? 0 : CELL_PADDING) - CELL_PADDING;
    }

    private float rowHeight(List<String> cells, float[] widths, float fontSize, PDFont font) throws IOException {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, wrap(clean(cells.get(i)), font, fontSize, cellWidth(widths, i)).size());
        }
        return lines * fontSize * 1.3f + fontSize * 0.6f;
    }

    private void wrappedRow(List<String> cells, float[] widths, boolean[] right, float fontSize, PDFont font, boolean header)
            throws IOException {
        float line = fontSize * 1.3f;
        float top = y - fontSize * 0.3f;
        int lines = 1;
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            List<String> parts = wrap(clean(cells.get(i)), font, fontSize, cellWidth(widths, i));
            lines = Math.max(lines, parts.size());
            float pad = i == 0 ? 0 : CELL_PADDING;
            for (int k = 0; k < parts.size(); k++) {
                String t = parts.get(k);
                float tx = right[i] ? x + widths[i] - textWidth(t, font, fontSize) - CELL_PADDING : x + pad;
                write(t, font, fontSize, header ? MUTED : INK, tx, top - line * (k + 1) + fontSize * 0.25f);
            }
            x += widths[i];
        }
        y = top - lines * line - fontSize * 0.3f;
        cs.setStrokingColor(RULE);
        cs.setLineWidth(header ? 0.8f : 0.3f);
        cs.moveTo(MARGIN, y);
        cs.lineTo(x, y);
        cs.stroke();
    }

    /**
     * A chart as vector graphics: JFreeChart draws into a PDF form through Graphics2D, text in the
     * embedded fonts. It is laid out at {@code layoutWidth} points wide and scaled to the page.
     */
    void chart(JFreeChart chart, float height) throws IOException {
        // laid out at 720 pt and scaled to the text width: chart text stays legible on paper
        float layoutWidth = 720;
        float scale = width() / layoutWidth;
        float layoutHeight = height / scale;
        ensureRoom(height + 10);
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, layoutWidth, layoutHeight);
        try (EmbeddedFonts fonts = new EmbeddedFonts(regular, bold)) {
            g.setFontTextDrawer(fonts);
            chart.draw(g, new Rectangle2D.Double(0, 0, layoutWidth, layoutHeight));
        } finally {
            g.dispose();
        }
        PDFormXObject form = g.getXFormObject();
        y -= height;
        cs.saveGraphicsState();
        cs.transform(new Matrix(scale, 0, 0, scale, MARGIN, y));
        cs.drawForm(form);
        cs.restoreGraphicsState();
        y -= 10;
    }

    /** Footer on every page: the file, the version, page X of Y. */
    void finish(String footer) throws IOException {
        closeStream();
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            PDPage p = doc.getPage(i);
            try (PDPageContentStream footerStream = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true)) {
                String right = "page " + (i + 1) + " of " + n;
                float fs = 8.5f;
                footerStream.setStrokingColor(RULE);
                footerStream.setLineWidth(0.5f);
                footerStream.moveTo(MARGIN, MARGIN - 8);
                footerStream.lineTo(size.getWidth() - MARGIN, MARGIN - 8);
                footerStream.stroke();
                footerStream.beginText();
                footerStream.setFont(regular, fs);
                footerStream.setNonStrokingColor(MUTED);
                footerStream.newLineAtOffset(MARGIN, MARGIN - 20);
                footerStream.showText(clean(footer));
                footerStream.endText();
                footerStream.beginText();
                footerStream.setFont(regular, fs);
                footerStream.newLineAtOffset(size.getWidth() - MARGIN - textWidth(right, regular, fs), MARGIN - 20);
                footerStream.showText(right);
                footerStream.endText();
            }
        }
    }

    private void closeStream() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }

    static final float CELL_PADDING = 5;
    /** Rounding room, so that a cell measured to fit is not cut by the same measure in {@link #fit}. */
    private static final float FIT_SLACK = 0.5f;
    /** The least a flexible column of text is given: about ten characters at 8 pt. */
    static final float FLEXIBLE_MIN_WIDTH = 50;

    /** The text, cut with an ellipsis where it is wider than the width. */
    String fit(String text, PDFont font, float fontSize, float width) throws IOException {
        if (textWidth(text, font, fontSize) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && textWidth(cut + "\u2026", font, fontSize) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "\u2026";
    }

    /** Text a PDF content stream accepts: no line breaks or tabs. */
    static String clean(String s) {
        return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    static List<String> wrap(String text, PDFont font, float fontSize, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (font.getStringWidth(candidate) / 1000 * fontSize > width && current.length() > 0) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (current.length() > 0) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** Maps every chart font to the embedded DejaVu Sans (bold where the chart asks for bold). */
    private static final class EmbeddedFonts extends PdfBoxGraphics2DFontTextDrawer {
        private final PDFont regular;
        private final PDFont bold;

        EmbeddedFonts(PDFont regular, PDFont bold) {
            this.regular = regular;
            this.bold = bold;
        }

        @Override
        protected PDFont mapFont(Font font, IPdfBoxGraphics2DFontTextDrawer.IFontTextDrawerEnv env) {
            return font.isBold() ? bold : regular;
        }
    }
}
