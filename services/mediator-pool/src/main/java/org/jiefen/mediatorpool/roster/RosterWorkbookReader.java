package org.jiefen.mediatorpool.roster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jiefen.platform.problem.Problem;
import org.jiefen.platform.problem.ProblemException;

/**
 * Reads the first sheet of an .xlsx roster with fastexcel-reader (streaming). The file is checked
 * by its bytes first — an OOXML zip holding a workbook — so a renamed .xls, .csv or .docx is a 415
 * naming {@code file}. The header is the first of the top {@value #HEADER_SEARCH_ROWS} rows that
 * names both 编号 and 姓名 (a title row above it is fine); blank rows are skipped.
 */
public final class RosterWorkbookReader {

  static final int HEADER_SEARCH_ROWS = 10;

  /** Limits what the zip may expand to: a zip bomb is refused before any XML is parsed. */
  static final long MAX_EXPANDED_BYTES = 64L * 1024 * 1024;

  private static final byte[] OOXML = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  private RosterWorkbookReader() {}

  public static RosterSheet read(Path file, int maxRows) {
    checkIsWorkbook(file);
    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
        Stream<Row> stream = workbook.getFirstSheet().openStream()) {
      return readRows(stream.iterator(), maxRows);
    } catch (IOException | RuntimeException e) {
      if (e instanceof ProblemException problem) {
        throw problem;
      }
      throw ProblemException.invalidField("file", "cannot read the workbook: " + e.getMessage());
    }
  }

  private static RosterSheet readRows(Iterator<Row> rows, int maxRows) {
    Map<Integer, RosterColumn> columns = null;
    List<String> ignored = List.of();
    List<RosterRow> data = new ArrayList<>();
    while (rows.hasNext()) {
      Row row = rows.next();
      if (columns == null) {
        if (row.getRowNum() > HEADER_SEARCH_ROWS) {
          break;
        }
        Header header = header(row);
        if (header != null) {
          columns = header.columns();
          ignored = header.ignored();
        }
        continue;
      }
      RosterRow read = cells(row, columns);
      if (read.cells().values().stream().allMatch(String::isEmpty)) {
        continue;
      }
      if (data.size() == maxRows) {
        throw ProblemException.invalidField(
            "file",
            "holds more than %d rows; split the roster into several files".formatted(maxRows));
      }
      data.add(read);
    }
    if (columns == null) {
      throw ProblemException.invalidField(
          "file",
          "no header row naming 编号 and 姓名 in the first %d rows of the first sheet"
              .formatted(HEADER_SEARCH_ROWS));
    }
    if (data.isEmpty()) {
      throw ProblemException.invalidField("file", "holds no mediator rows under the header");
    }
    return new RosterSheet(data, ignored);
  }

  private record Header(Map<Integer, RosterColumn> columns, List<String> ignored) {}

  /** The row as a header, or null when it names no 编号 and 姓名 columns. */
  private static Header header(Row row) {
    Map<Integer, RosterColumn> columns = new TreeMap<>();
    List<String> ignored = new ArrayList<>();
    for (Cell cell : row) {
      String text = text(cell);
      if (text.isEmpty()) {
        continue;
      }
      var column = RosterColumn.ofHeader(text);
      if (column.isEmpty()) {
        ignored.add(text);
      } else if (columns.containsValue(column.get())) {
        throw ProblemException.invalidField(
            "file", "the header names column %s twice".formatted(column.get().label()));
      } else {
        columns.put(cell.getColumnIndex(), column.get());
      }
    }
    if (!columns.containsValue(RosterColumn.CODE) || !columns.containsValue(RosterColumn.NAME)) {
      return null;
    }
    List<String> missing =
        Stream.of(RosterColumn.values())
            .filter(c -> c.required() && !columns.containsValue(c))
            .map(RosterColumn::label)
            .toList();
    if (!missing.isEmpty()) {
      throw ProblemException.invalidField(
          "file", "the header lacks the column(s) " + String.join(", ", missing));
    }
    return new Header(columns, ignored);
  }

  private static RosterRow cells(Row row, Map<Integer, RosterColumn> columns) {
    Map<RosterColumn, String> cells = new EnumMap<>(RosterColumn.class);
    columns.forEach(
        (index, column) ->
            cells.put(
                column, row.getOptionalCell(index).map(RosterWorkbookReader::text).orElse("")));
    return new RosterRow(row.getRowNum(), cells);
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    String text = cell.getText();
    return text == null ? "" : text.strip();
  }

  private static void checkIsWorkbook(Path file) {
    byte[] head = new byte[4];
    try (InputStream in = Files.newInputStream(file)) {
      if (in.readNBytes(head, 0, 4) < 4) {
        throw unsupported("is not an .xlsx workbook");
      }
    } catch (IOException e) {
      throw ProblemException.invalidField("file", "cannot be read: " + e.getMessage());
    }
    if (Arrays.equals(head, OLE2)) {
      throw unsupported("is a legacy .xls workbook; save it as .xlsx (Excel 2007 or later)");
    }
    if (!Arrays.equals(head, OOXML)) {
      throw unsupported("is not an .xlsx workbook");
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      long expanded = 0;
      boolean workbook = false;
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        workbook |= entry.getName().equals("xl/workbook.xml");
        expanded += Math.max(entry.getSize(), 0);
      }
      if (!workbook) {
        throw unsupported("is a zip file but not an Excel workbook");
      }
      if (expanded > MAX_EXPANDED_BYTES) {
        throw tooLarge("expands to more than %d MiB".formatted(MAX_EXPANDED_BYTES >> 20));
      }
    } catch (IOException e) {
      throw unsupported("is not a readable .xlsx workbook (" + e.getMessage() + ")");
    }
  }

  static ProblemException unsupported(String message) {
    return fileProblem(415, "Unsupported media type", message);
  }

  public static ProblemException tooLarge(String message) {
    return fileProblem(413, "Payload too large", message);
  }

  private static ProblemException fileProblem(int status, String title, String message) {
    return new ProblemException(
        status, title, "file: " + message, List.of(new Problem.FieldError("file", message)));
  }
}
