package org.jiefen.mediatorpool.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Builds .xlsx rosters with fastexcel's writer, the sibling of the reader the import uses: a list
 * of rows, each a list of cells (String, Number or null for an empty cell). Row 1 is the first.
 */
public final class RosterWorkbooks {

  /** The template's header, in the documented order. */
  public static final List<Object> HEADER =
      List.of("编号", "姓名", "账号", "类型", "所属中心", "所属组织", "专长", "语言", "最大案件数", "状态");

  private RosterWorkbooks() {}

  public static byte[] xlsx(List<List<Object>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(rows, out);
    return out.toByteArray();
  }

  public static void write(List<List<Object>> rows, OutputStream out) {
    try {
      Workbook workbook = new Workbook(out, "Jiefen", "1.0");
      Worksheet sheet = workbook.newWorksheet("调解员名册");
      for (int r = 0; r < rows.size(); r++) {
        List<Object> row = rows.get(r);
        for (int c = 0; c < row.size(); c++) {
          Object value = row.get(c);
          if (value instanceof Number number) {
            sheet.value(r, c, number);
          } else if (value != null) {
            sheet.value(r, c, value.toString());
          }
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
