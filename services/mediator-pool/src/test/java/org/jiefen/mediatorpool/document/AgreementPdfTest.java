package org.jiefen.mediatorpool.document;

import static org.jiefen.mediatorpool.document.AgreementDocumentMother.APPLICANT;
import static org.jiefen.mediatorpool.document.AgreementDocumentMother.MEDIATOR;
import static org.jiefen.mediatorpool.document.AgreementDocumentMother.RESPONDENT;
import static org.jiefen.mediatorpool.document.AgreementDocumentMother.wageDispute;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jiefen.mediatorpool.document.AgreementDocument.PartyLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders agreements with the real Debian font and reads them back with PDFBox. */
class AgreementPdfTest {

  private static final Path FONT = Path.of(AgreementPdf.DEFAULT_FONT);
  private static final float TOLERANCE = 0.5f;

  private static AgreementPdf renderer;
  private static byte[] sample;

  @BeforeAll
  static void renderSample() throws IOException {
    renderer = new AgreementPdf(FONT);
    sample = renderer.render(wageDispute());
    // For a human to look at: target/agreement-sample.pdf and its first page as a PNG.
    Path target = Files.createDirectories(Path.of("target"));
    Files.write(target.resolve("agreement-sample.pdf"), sample);
    try (PDDocument pdf = Loader.loadPDF(sample)) {
      BufferedImage page1 = new PDFRenderer(pdf).renderImageWithDPI(0, 110);
      ImageIO.write(page1, "png", target.resolve("agreement-sample-page1.png").toFile());
    }
  }

  @Test
  void the_text_reads_back_with_title_parties_deadline_and_legal_effect() {
    String text = text(sample);

    assertContains(text, "人民调解协议书");
    assertContains(text, "编号：（2026）龙华民调字第0042号");
    assertContains(text, "申请人：" + APPLICANT + "，单位：" + RESPONDENT);
    assertContains(text, "被申请人：" + RESPONDENT);
    assertContains(text, "4403**********1236");
    assertContains(text, "人民调解员：" + MEDIATOR);
    assertContains(text, "纠纷主要事实");
    assertContains(text, "经调解，双方自愿达成如下协议");
    assertContains(text, "当事人应当于2026年12月31日前按照本协议约定履行完毕");
    String body = compact(withoutFooters(text));
    assertContains(body, "人民调解员签名并加盖人民调解委员会印章之日起生效");
    assertContains(body, "具有法律约束力，当事人应当按照约定履行");
    assertContains(text, "人民调解委员会（印章）：深圳市龙华区民治街道人民调解委员会");
    assertContains(text, "本协议一式三份");
  }

  @Test
  void signatures_show_time_in_beijing_and_channel_and_unsigned_parties_get_a_line() {
    String signed = compact(text(sample));
    assertContains(signed, "申请人：张三已签名，2026年11月24日10:15:30（北京时间），现场签名");
    assertContains(signed, "被申请人：深圳市某某物流有限公司已签名，2026年11月24日11:40:05（北京时间），手机电子签名");
    assertContains(signed, "人民调解员：王调解（签名）");

    AgreementDocument doc = wageDispute("双方同意就此了结。");
    AgreementDocument unsigned =
        new AgreementDocument(
            doc.number(),
            doc.disputeId(),
            doc.organisationName(),
            null,
            doc.parties(),
            doc.facts(),
            doc.terms(),
            doc.performanceDeadline(),
            doc.mediatorName(),
            doc.signedOn(),
            null);
    String blank = compact(text(renderer.render(unsigned)));
    assertContains(blank, "申请人：张三（签名）");
    assertContains(blank, "被申请人：深圳市某某物流有限公司（签名）");
  }

  @Test
  void every_character_of_the_long_terms_survives_wrapping_in_order() {
    String printed = compact(withoutFooters(text(sample)));
    String terms = compact(AgreementDocumentMother.longTerms());
    assertTrue(terms.length() > 5000, "the fixture has several thousand characters");
    assertContains(printed, terms);
  }

  @Test
  void the_long_terms_flow_onto_further_pages_which_are_numbered() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(sample)) {
      int pages = pdf.getNumberOfPages();
      assertTrue(pages >= 4, "several thousand characters take several pages, got " + pages);
      String text = new PDFTextStripper().getText(pdf);
      for (int i = 1; i <= pages; i++) {
        assertContains(text, "第 " + i + " 页 共 " + pages + " 页");
      }
      for (PDPage page : pdf.getPages()) {
        assertEquals(595.28f, page.getMediaBox().getWidth(), 0.01f, "A4");
        assertEquals(841.89f, page.getMediaBox().getHeight(), 0.01f, "A4");
      }
    }
  }

  @Test
  void no_glyph_crosses_the_margins_and_justified_lines_reach_the_right_one() throws IOException {
    List<TextPosition> glyphs = glyphs(sample);
    float left = PageComposer.LEFT;
    float right = PageComposer.PAGE.getWidth() - PageComposer.RIGHT;
    float top = PageComposer.TOP;
    float bottom = PageComposer.PAGE.getHeight() - PageComposer.BOTTOM / 2;
    float rightmost = 0;
    for (TextPosition g : glyphs) {
      float end = g.getXDirAdj() + g.getWidthDirAdj();
      String at = "'" + g.getUnicode() + "' at x=" + g.getXDirAdj() + " y=" + g.getYDirAdj();
      assertTrue(g.getXDirAdj() >= left - TOLERANCE, "left of the margin: " + at);
      assertTrue(end <= right + TOLERANCE, "over the right margin (" + right + "): " + at);
      assertTrue(g.getYDirAdj() >= top, "above the top margin: " + at);
      assertTrue(g.getYDirAdj() <= bottom + TOLERANCE, "below the footer: " + at);
      rightmost = Math.max(rightmost, end);
    }
    assertTrue(glyphs.size() > 5000, "glyphs read back: " + glyphs.size());
    assertEquals(right, rightmost, 1.0f, "justified text ends at the right margin");
  }

  @Test
  void no_line_starts_with_closing_punctuation() {
    for (String line : text(sample).split("\\R")) {
      String start = line.strip();
      if (!start.isEmpty()) {
        assertTrue("，。、；：？！）》」”".indexOf(start.charAt(0)) < 0, "line starts badly: " + line);
      }
    }
  }

  @Test
  void the_font_is_embedded_as_a_truetype_subset() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(sample)) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name));
        }
      }
      assertTrue(!fonts.isEmpty());
      for (PDFont font : fonts) {
        assertTrue(font instanceof PDType0Font, "a CID font: " + font.getName());
        assertTrue(font.isEmbedded(), font.getName() + " embedded");
        assertTrue(
            font.getName().matches("[A-Z]{6}\\+WenQuanYiZenHei"),
            "a subset is named with a six-letter tag: " + font.getName());
        PDFontDescriptor descriptor = ((PDType0Font) font).getDescendantFont().getFontDescriptor();
        assertNotNull(descriptor.getFontFile2(), "TrueType outlines in FontFile2");
        int embedded = descriptor.getFontFile2().getCOSObject().getInt(COSName.LENGTH1);
        assertTrue(
            embedded > 0 && embedded < 1_000_000,
            "only the glyphs used, not the 16 MB collection: " + embedded + " bytes");
      }
    }
  }

  @Test
  void the_same_agreement_gives_the_same_bytes_and_hash() throws Exception {
    byte[] again = new AgreementPdf(FONT).render(wageDispute());

    assertArrayEquals(sample, again);
    assertEquals(AgreementPdf.sha256(sample), AgreementPdf.sha256(again));
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sample));
    assertEquals(expected, AgreementPdf.sha256(sample));
    assertTrue(AgreementPdf.sha256(sample).matches("[0-9a-f]{64}"));
  }

  @Test
  void the_pdf_dates_come_from_the_signing_day_not_the_clock() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(sample)) {
      var info = pdf.getDocumentInformation();
      assertEquals(
          AgreementDocumentMother.SIGNED_ON.atStartOfDay(AgreementPdf.DEFAULT_ZONE).toInstant(),
          info.getCreationDate().toInstant());
      assertEquals(info.getCreationDate().toInstant(), info.getModificationDate().toInstant());
      assertEquals("zh-CN", pdf.getDocumentCatalog().getLanguage());
    }
  }

  @Test
  void a_different_agreement_gives_a_different_hash() {
    byte[] other = renderer.render(wageDispute("双方同意就此了结。"));
    assertNotEquals(AgreementPdf.sha256(sample), AgreementPdf.sha256(other));
  }

  @Test
  void characters_the_font_lacks_print_as_a_box_instead_of_failing() {
    String text = text(renderer.render(wageDispute("双方握手言和😀，就此了结。")));
    assertContains(compact(text), "双方握手言和□，就此了结。");
  }

  @Test
  void a_missing_font_names_the_package_to_install() {
    Path missing = Path.of("target/no-such-dir/wqy-zenhei.ttc");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> new AgreementPdf(missing));
    assertContains(e.getMessage(), missing.toString());
    assertContains(e.getMessage(), "fonts-wqy-zenhei");
    assertContains(e.getMessage(), "jiefen.mediation.pdf.font");
  }

  @Test
  void a_cff_opentype_font_is_refused_with_the_reason() throws IOException {
    Path otf = Files.createDirectories(Path.of("target")).resolve("not-truetype.otf");
    Files.write(otf, new byte[] {'O', 'T', 'T', 'O', 0, 0, 0, 0});
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> new AgreementPdf(otf));
    assertContains(e.getMessage(), "CFF");
  }

  @Test
  void a_plain_id_number_or_an_unknown_role_is_refused_without_echoing_the_number() {
    IllegalArgumentException plain =
        assertThrows(
            IllegalArgumentException.class,
            () -> new PartyLine(PartyLine.APPLICANT, APPLICANT, null, "440301199001011236"));
    assertTrue(!plain.getMessage().contains("440301199001011236"), plain.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> new PartyLine("WITNESS", APPLICANT, null, null));
  }

  private static String text(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The text without the page footers, which interrupt a paragraph flowing over a page. */
  private static String withoutFooters(String text) {
    return text.replaceAll("(?m)^编号：.* 第 \\d+ 页 共 \\d+ 页\\R", "");
  }

  /** Without line breaks and the spaces a text extractor may add between justified glyphs. */
  private static String compact(String text) {
    return text.replaceAll("[\\s\u3000]", "");
  }

  private static List<TextPosition> glyphs(byte[] pdf) throws IOException {
    List<TextPosition> glyphs = new ArrayList<>();
    PDFTextStripper collector =
        new PDFTextStripper() {
          @Override
          protected void processTextPosition(TextPosition text) {
            glyphs.add(text);
          }
        };
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      collector.getText(doc);
    }
    return glyphs;
  }

  private static void assertContains(String text, String expected) {
    assertTrue(text.contains(expected), () -> "expected «" + expected + "» in:\n" + text);
  }
}
