package org.jiefen.mediatorpool.roster;

import java.util.List;

/**
 * What an import did — or, when {@code applied} is false, would do once every row is valid: one
 * result per data row (row numbers as Excel shows them) and the totals.
 */
public record ImportReport(
    boolean dryRun,
    boolean applied,
    int created,
    int updated,
    int unchanged,
    int errors,
    List<String> ignoredColumns,
    List<RowResult> rows) {

  public enum Result {
    CREATED,
    UPDATED,
    UNCHANGED,
    ERROR
  }

  public record RowResult(int row, String code, Result result, List<CellError> errors) {}

  /** An error of one cell, named by its column's header (专长), or of the row as a whole. */
  public record CellError(String column, String message) {}

  public static ImportReport of(boolean dryRun, List<String> ignored, List<RowResult> rows) {
    int errors = count(rows, Result.ERROR);
    return new ImportReport(
        dryRun,
        !dryRun && errors == 0,
        count(rows, Result.CREATED),
        count(rows, Result.UPDATED),
        count(rows, Result.UNCHANGED),
        errors,
        ignored,
        rows);
  }

  private static int count(List<RowResult> rows, Result result) {
    return (int) rows.stream().filter(r -> r.result() == result).count();
  }
}
