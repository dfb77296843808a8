package org.jiefen.mediatorpool.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.Objects;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Renders a mediation agreement 人民调解协议书 as an A4 PDF with the Chinese font embedded as a subset.
 * The same document always gives the same bytes (dates from {@code signedOn}, a document ID from
 * the agreement's number), so the caller can store {@link #sha256} beside the bytes and verify them
 * later. Stateless and thread-safe: each rendering opens the font file on its own.
 */
public final class AgreementPdf {

  /** Where Debian's fonts-wqy-zenhei puts WenQuanYi Zen Hei (TrueType outlines, in a .ttc). */
  public static final String DEFAULT_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

  /** Signature times are shown in Beijing time unless told otherwise. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  private final Path fontFile;
  private final ZoneId zone;

  /**
   * @throws IllegalStateException naming the package to install when the font file is missing
   */
  public AgreementPdf(Path fontFile) {
    this(fontFile, DEFAULT_ZONE);
  }

  /**
   * @param zone the zone the PDF's dates and the signature times are written in
   * @throws IllegalStateException naming the package to install when the font file is missing
   */
  public AgreementPdf(Path fontFile, ZoneId zone) {
    this.fontFile = Objects.requireNonNull(fontFile, "fontFile");
    this.zone = Objects.requireNonNull(zone, "zone");
    CjkFont.check(fontFile);
  }

  public byte[] render(AgreementDocument doc) {
    Objects.requireNonNull(doc, "doc");
    try (CjkFont font = CjkFont.open(fontFile);
        PDDocument pdf = new PDDocument()) {
      describe(pdf, doc);
      PageComposer pages = new PageComposer(pdf, font.embedIn(pdf));
      new AgreementLayout(font::printable, zone).write(doc, pages);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      pdf.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("rendering agreement " + doc.number() + " failed", e);
    }
  }

  /** Lower-case hex SHA-256 of the rendered bytes. */
  public static String sha256(byte[] pdf) {
    return HexFormat.of().formatHex(digest(pdf));
  }

  /** Metadata that makes the output repeatable: nothing from the clock or a random source. */
  private void describe(PDDocument pdf, AgreementDocument doc) {
    PDDocumentInformation info = pdf.getDocumentInformation();
    info.setTitle(AgreementWording.TITLE + " " + doc.number());
    info.setSubject("纠纷 " + doc.disputeId());
    info.setCreator("Jiefen mediator-pool");
    GregorianCalendar signedOn = GregorianCalendar.from(doc.signedOn().atStartOfDay(zone));
    info.setCreationDate(signedOn);
    info.setModificationDate(signedOn);
    pdf.getDocumentCatalog().setLanguage("zh-CN");
    // Without an ID, PDFBox derives one from the current time when saving.
    byte[] id =
        Arrays.copyOf(
            digest((doc.number() + "\n" + doc.disputeId()).getBytes(StandardCharsets.UTF_8)), 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  private static byte[] digest(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
