package org.jiefen.mediatorpool.document;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The TrueType font the agreement is set in, opened for one rendering: a font of a TrueType
 * collection (.ttc, by default WenQuanYi Zen Hei) or a single .ttf, embedded as a subset.
 */
final class CjkFont implements Closeable {

  /** PostScript name of the proportional face in wqy-zenhei.ttc. */
  static final String PREFERRED_FACE = "WenQuanYiZenHei";

  private static final int REPLACEMENT = '□';

  private final Closeable source;
  private final TrueTypeFont ttf;
  private final CmapLookup cmap;

  private CjkFont(Closeable source, TrueTypeFont ttf) throws IOException {
    this.source = source;
    this.ttf = ttf;
    this.cmap = ttf.getUnicodeCmapLookup();
  }

  /** Fails with what to install when the file is not there or not a usable TrueType font. */
  static void check(Path file) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new IllegalStateException(
          "The Chinese font for mediation agreements is missing: "
              + file
              + ". Install the Debian package fonts-wqy-zenhei (apt-get install fonts-wqy-zenhei)"
              + " or point jiefen.mediation.pdf.font at a TrueType (.ttc/.ttf) CJK font.");
    }
    String tag = tag(file);
    if (!tag.equals("ttcf") && !tag.equals("\0\1\0\0") && !tag.equals("true")) {
      throw new IllegalStateException(
          "Not a TrueType font or collection: "
              + file
              + " (CFF-based OpenType such as Noto CJK cannot be embedded as a subset;"
              + " install fonts-wqy-zenhei)");
    }
  }

  static CjkFont open(Path file) throws IOException {
    check(file);
    if (tag(file).equals("ttcf")) {
      TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
      try {
        TrueTypeFont face = collection.getFontByName(PREFERRED_FACE);
        if (face == null) {
          TrueTypeFont[] first = new TrueTypeFont[1];
          collection.processAllFonts(f -> first[0] = first[0] == null ? f : first[0]);
          face = first[0];
        }
        return new CjkFont(collection, face);
      } catch (IOException | RuntimeException e) {
        collection.close();
        throw e;
      }
    }
    RandomAccessReadBufferedFile data = new RandomAccessReadBufferedFile(file.toFile());
    try {
      TrueTypeFont font = new TTFParser().parse(data);
      return new CjkFont(font, font);
    } catch (IOException | RuntimeException e) {
      data.close();
      throw e;
    }
  }

  /** Loads the font into {@code document}; only the glyphs used end up embedded. */
  PDType0Font embedIn(PDDocument document) throws IOException {
    return PDType0Font.load(document, ttf, true);
  }

  /**
   * The text as it can be set: line breaks normalised to {@code \n}, tabs to spaces, other control
   * characters dropped, and characters the font has no glyph for shown as □ rather than failing.
   */
  String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.replace("\r\n", "\n")
        .codePoints()
        .forEach(
            cp -> {
              if (cp == '\n' || cp == '\r') {
                out.append('\n');
              } else if (cp == '\t') {
                out.append(' ');
              } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                // dropped: nothing to show
              } else if (cmap.getGlyphId(cp) == 0) {
                out.appendCodePoint(REPLACEMENT);
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  @Override
  public void close() throws IOException {
    source.close();
  }

  private static String tag(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return new String(head, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the font file " + file, e);
    }
  }
}
