package org.jiefen.mediatorpool.roster;

import java.util.List;

/** A roster read from a workbook: its data rows and the header cells no column matched. */
public record RosterSheet(List<RosterRow> rows, List<String> ignoredColumns) {}
