package org.jiefen.mediatorpool.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Sets blocks of text top to bottom on A4 pages, starting a new page when the next line would cross
 * the bottom margin, and numbers the pages at the end. One instance per rendering.
 */
final class PageComposer {

  enum Align {
    LEFT,
    CENTER,
    RIGHT,
    /** Both edges, except a paragraph's last line. */
    JUSTIFY
  }

  /**
   * Text in one style: paragraphs split at line breaks (blank ones skipped), each with its first
   * line indented by {@code firstIndentEm}, after {@code gapBefore} points of space.
   */
  record Block(
      String text, float size, boolean bold, Align align, float firstIndentEm, float gapBefore) {}

  private static final float MM = 72f / 25.4f;
  static final PDRectangle PAGE = PDRectangle.A4;
  static final float LEFT = 28 * MM;
  static final float RIGHT = 26 * MM;
  static final float TOP = 30 * MM;
  static final float BOTTOM = 28 * MM;
  static final float LINE_SPACING = 1.6f;
  static final float FOOTER_SIZE = 9;

  /** Justifying spreads at most this much extra space (in em) between two characters. */
  private static final float MAX_JUSTIFY_SPACING = 0.1f;

  private final PDDocument document;
  private final PDFont font;
  private PDPageContentStream out;
  private float y;

  PageComposer(PDDocument document, PDFont font) {
    this.document = document;
    this.font = font;
    newPage();
  }

  static float contentWidth() {
    return PAGE.getWidth() - LEFT - RIGHT;
  }

  static float lineHeight(float size) {
    return size * LINE_SPACING;
  }

  void write(Block block) {
    y -= block.gapBefore();
    for (String paragraph : paragraphs(block)) {
      List<String> lines = lines(block, paragraph);
      for (int i = 0; i < lines.size(); i++) {
        line(block, lines.get(i), i == 0, i == lines.size() - 1);
      }
    }
  }

  /** The height {@code blocks} take when set, so that a group of them can share one page. */
  float height(List<Block> blocks) {
    float height = 0;
    for (Block block : blocks) {
      height += block.gapBefore();
      for (String paragraph : paragraphs(block)) {
        height += lines(block, paragraph).size() * lineHeight(block.size());
      }
    }
    return height;
  }

  /** Starts a new page unless {@code points} of height are left on this one. */
  void keepTogether(float points) {
    if (y - points < BOTTOM) {
      newPage();
    }
  }

  /** Closes the last page and writes the agreement's number and 第 i 页 共 n 页 under each. */
  void finish(String number) {
    close();
    int total = document.getNumberOfPages();
    float baseline = BOTTOM / 2;
    for (int i = 0; i < total; i++) {
      try (PDPageContentStream footer =
          new PDPageContentStream(document, document.getPage(i), AppendMode.APPEND, true, true)) {
        out = footer;
        String pageNo = "第 " + (i + 1) + " 页 共 " + total + " 页";
        show("编号：" + number, LEFT, baseline, FOOTER_SIZE, false, 0);
        float right = PAGE.getWidth() - RIGHT - width(pageNo, FOOTER_SIZE);
        show(pageNo, right, baseline, FOOTER_SIZE, false, 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    out = null;
  }

  private static List<String> paragraphs(Block block) {
    return block.text().lines().filter(p -> !p.isBlank()).map(String::strip).toList();
  }

  private List<String> lines(Block block, String paragraph) {
    float indent = block.firstIndentEm() * block.size();
    return new LineBreaker(text -> width(text, block.size()))
        .lines(paragraph, contentWidth() - indent, contentWidth());
  }

  private void line(Block block, String line, boolean first, boolean last) {
    float size = block.size();
    float leading = lineHeight(size);
    if (y - leading < BOTTOM) {
      newPage();
    }
    float indent = first ? block.firstIndentEm() * size : 0;
    float slack = contentWidth() - indent - width(line, size);
    float x = LEFT + indent;
    float spacing = 0;
    switch (block.align()) {
      case CENTER -> x += slack / 2;
      case RIGHT -> x += slack;
      case JUSTIFY -> spacing = last ? 0 : spacing(line, slack, size);
      case LEFT -> {}
    }
    // The glyphs sit a little below the middle of the line's box, as CJK faces draw them.
    float baseline = y - leading + (leading - size) / 2 + size * 0.12f;
    show(line, x, baseline, size, block.bold(), spacing);
    y -= leading;
  }

  private static float spacing(String line, float slack, float size) {
    int gaps = line.codePointCount(0, line.length()) - 1;
    if (gaps < 1 || slack <= 0) {
      return 0;
    }
    float spacing = slack / gaps;
    return spacing <= MAX_JUSTIFY_SPACING * size ? spacing : 0;
  }

  /** Bold is simulated by stroking the outlines as well: the font has one weight only. */
  private void show(
      String text, float x, float baseline, float size, boolean bold, float charSpacing) {
    try {
      out.beginText();
      out.setFont(font, size);
      out.setCharacterSpacing(charSpacing);
      if (bold) {
        out.setRenderingMode(RenderingMode.FILL_STROKE);
        out.setLineWidth(size * 0.03f);
      } else {
        out.setRenderingMode(RenderingMode.FILL);
      }
      out.newLineAtOffset(x, baseline);
      out.showText(text);
      out.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private float width(String text, float size) {
    try {
      return font.getStringWidth(text) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void newPage() {
    close();
    PDPage page = new PDPage(PAGE);
    document.addPage(page);
    try {
      out = new PDPageContentStream(document, page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y = PAGE.getHeight() - TOP;
  }

  private void close() {
    if (out != null) {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
