package org.jiefen.mediatorpool.roster;

import java.util.Map;

/**
 * One data row of a roster: its row number as Excel shows it (the header is usually row 1) and the
 * trimmed text of each known column; a column the sheet lacks or a blank cell reads as "".
 */
public record RosterRow(int row, Map<RosterColumn, String> cells) {

  public String get(RosterColumn column) {
    return cells.getOrDefault(column, "");
  }
}
