package org.jiefen.mediatorpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jiefen.mediatorpool.roster.RosterColumn;
import org.jiefen.mediatorpool.roster.RosterRow;
import org.jiefen.mediatorpool.roster.RosterSheet;
import org.jiefen.mediatorpool.roster.RosterWorkbookReader;
import org.jiefen.mediatorpool.support.RosterWorkbooks;
import org.jiefen.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading an .xlsx roster: the header, row numbers as Excel shows them, and what is refused. */
class RosterWorkbookReaderTest {

  @TempDir Path dir;

  static final List<Object> ROW =
      List.of(
          "M-1",
          "林秀英",
          "",
          "专业调解员",
          "longhua.dalang",
          "ORG-DALANG-LABOR",
          "劳动争议",
          "普通话、客家话",
          15,
          "在职");

  private Path file(byte[] bytes) throws IOException {
    return Files.write(dir.resolve("roster.xlsx"), bytes);
  }

  private RosterSheet read(List<List<Object>> rows, int maxRows) throws IOException {
    return RosterWorkbookReader.read(file(RosterWorkbooks.xlsx(rows)), maxRows);
  }

  private static ProblemException refused(Executable e) {
    return assertThrows(ProblemException.class, e::run);
  }

  interface Executable {
    void run() throws Exception;
  }

  @Test
  void rowsAreNumberedAsExcelShowsThemBelowATitleRowAndBlankRowsAreSkipped() throws IOException {
    List<Object> second = new ArrayList<>(ROW);
    second.set(0, "M-2");
    RosterSheet sheet =
        read(
            List.of(
                List.of("龙华区调解员名册（2026年11月）"),
                RosterWorkbooks.HEADER,
                ROW,
                List.of(),
                Arrays.asList(null, "", null),
                second),
            100);

    assertEquals(2, sheet.rows().size());
    RosterRow first = sheet.rows().get(0);
    assertEquals(3, first.row());
    assertEquals("M-1", first.get(RosterColumn.CODE));
    assertEquals("15", first.get(RosterColumn.CAPACITY));
    assertEquals("普通话、客家话", first.get(RosterColumn.LANGUAGES));
    assertEquals("", first.get(RosterColumn.USERNAME));
    assertEquals(6, sheet.rows().get(1).row());
    assertEquals(List.of(), sheet.ignoredColumns());
  }

  @Test
  void columnsMayComeInAnyOrderAndUnknownOnesAreIgnoredButListed() throws IOException {
    RosterSheet sheet =
        read(
            List.of(
                List.of("备注", "姓名", "编号*", "capacity", "类型", "所属中心"),
                List.of("新任", "周建华", "M-9", 8, "网格调解员", "longhua.dalang.langkou")),
            100);

    RosterRow row = sheet.rows().get(0);
    assertEquals("M-9", row.get(RosterColumn.CODE));
    assertEquals("周建华", row.get(RosterColumn.NAME));
    assertEquals("8", row.get(RosterColumn.CAPACITY));
    assertEquals("", row.get(RosterColumn.SPECIALTIES));
    assertEquals(List.of("备注"), sheet.ignoredColumns());
  }

  @Test
  void aHeaderWithoutARequiredColumnIsRefusedNamingTheColumns() {
    ProblemException e =
        refused(() -> read(List.of(List.of("编号", "姓名", "类型"), List.of("M-1", "林", "网格员")), 100));
    assertEquals(400, e.status());
    assertEquals("file", e.errors().get(0).field());
    assertTrue(e.getMessage().contains("所属中心, 最大案件数"), e.getMessage());
  }

  @Test
  void aSheetWithoutHeaderOrWithoutRowsIsRefused() {
    assertTrue(
        refused(() -> read(List.of(List.of("a", "b"), List.of("c", "d")), 100))
            .getMessage()
            .contains("no header row"));
    assertTrue(
        refused(() -> read(List.of(RosterWorkbooks.HEADER), 100))
            .getMessage()
            .contains("no mediator rows"));
  }

  @Test
  void moreRowsThanTheLimitAreRefused() throws IOException {
    assertEquals(2, read(List.of(RosterWorkbooks.HEADER, ROW, ROW), 2).rows().size());

    ProblemException e = refused(() -> read(List.of(RosterWorkbooks.HEADER, ROW, ROW, ROW), 2));
    assertEquals(400, e.status());
    assertTrue(e.getMessage().contains("more than 2 rows"), e.getMessage());
  }

  @Test
  void whatIsNotAnXlsxWorkbookIsA415NamingTheFile() throws IOException {
    Path csv = file("编号,姓名\nM-1,林秀英\n".getBytes(StandardCharsets.UTF_8));
    ProblemException notZip = refused(() -> RosterWorkbookReader.read(csv, 100));
    assertEquals(415, notZip.status());
    assertEquals("file", notZip.errors().get(0).field());

    byte[] ole2 = new byte[512];
    System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, 0, ole2, 0, 4);
    Path xls = file(ole2);
    ProblemException legacy = refused(() -> RosterWorkbookReader.read(xls, 100));
    assertEquals(415, legacy.status());
    assertTrue(legacy.getMessage().contains("legacy .xls"));

    Path docx = dir.resolve("letter.xlsx");
    try (OutputStream out = Files.newOutputStream(docx);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    ProblemException otherZip = refused(() -> RosterWorkbookReader.read(docx, 100));
    assertEquals(415, otherZip.status());
    assertTrue(otherZip.getMessage().contains("not an Excel workbook"));
  }

  @Test
  void aZipThatExpandsBeyondTheLimitIsRefusedBeforeParsing() throws IOException {
    Path bomb = dir.resolve("bomb.xlsx");
    byte[] zeros = new byte[1 << 20];
    try (OutputStream out = Files.newOutputStream(bomb);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      for (int i = 0; i < 65; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertTrue(Files.size(bomb) < 1 << 20, "compressed small");

    ProblemException e = refused(() -> RosterWorkbookReader.read(bomb, 100));
    assertEquals(413, e.status());
    assertEquals("file", e.errors().get(0).field());
  }
}
