package org.jiefen.mediatorpool.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jiefen.mediatorpool.domain.Mediator;
import org.jiefen.mediatorpool.repository.MediatorRepository;
import org.jiefen.mediatorpool.repository.OrganisationRepository;
import org.jiefen.mediatorpool.roster.ImportReport.CellError;
import org.jiefen.mediatorpool.roster.ImportReport.Result;
import org.jiefen.mediatorpool.roster.ImportReport.RowResult;
import org.jiefen.mediatorpool.service.MediatorRosterService;
import org.jiefen.mediatorpool.service.RosterChecks;
import org.jiefen.platform.problem.Problem;
import org.jiefen.platform.security.Caller;

/**
 * Imports a roster read from Excel, all or nothing (ADR 0011): every row is checked like an entry
 * of the JSON API — its cells, its format, its organisation and categories, codes and usernames
 * unique — in one transaction with the mediators it touches locked. Any error stores nothing; a dry
 * run checks and stores nothing either.
 */
@ApplicationScoped
public class RosterImportService {

  private final MediatorRepository mediators;
  private final OrganisationRepository organisations;
  private final KnownCategories categories;
  private final RosterChecks checks;
  private final MediatorRosterService roster;
  private final Validator validator;

  RosterImportService(
      MediatorRepository mediators,
      OrganisationRepository organisations,
      KnownCategories categories,
      RosterChecks checks,
      MediatorRosterService roster,
      Validator validator) {
    this.mediators = mediators;
    this.organisations = organisations;
    this.categories = categories;
    this.checks = checks;
    this.roster = roster;
    this.validator = validator;
  }

  @Transactional
  public ImportReport importRoster(RosterSheet sheet, boolean dryRun, Caller caller) {
    RosterRowParser parser =
        new RosterRowParser(categories, organisations.all().values(), validator);
    List<RosterRow> rows = sheet.rows();
    List<List<CellError>> errors = new ArrayList<>();
    List<Mediator> entries = new ArrayList<>();
    List<Integer> entryRows = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      RosterRowParser.Parsed parsed = parser.parse(rows.get(i));
      List<CellError> rowErrors = new ArrayList<>(parsed.errors());
      errors.add(rowErrors);
      if (rowErrors.isEmpty()) {
        entries.add(parsed.entry().toDomain());
        entryRows.add(i);
      }
    }
    Map<String, Mediator> existing =
        mediators.lockByCode(entries.stream().map(Mediator::code).toList());
    Map<Integer, List<Problem.FieldError>> checked =
        checks.check(
            entries, existing, caller.orgUnit(), i -> "row " + rows.get(entryRows.get(i)).row());
    checked.forEach(
        (i, list) ->
            list.forEach(
                e ->
                    errors
                        .get(entryRows.get(i))
                        .add(new CellError(RosterColumn.ofField(e.field()).label(), e.message()))));

    List<RowResult> results = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < rows.size(); i++) {
      RosterRow row = rows.get(i);
      String code = blankToNull(row.get(RosterColumn.CODE));
      if (!errors.get(i).isEmpty()) {
        results.add(new RowResult(row.row(), code, Result.ERROR, errors.get(i)));
        continue;
      }
      Mediator entry = entries.get(next++);
      Mediator stored = existing.get(entry.code());
      Result result =
          stored == null
              ? Result.CREATED
              : stored.sameEntryAs(entry) ? Result.UNCHANGED : Result.UPDATED;
      results.add(new RowResult(row.row(), code, result, List.of()));
    }
    ImportReport report = ImportReport.of(dryRun, sheet.ignoredColumns(), results);
    if (report.applied()) {
      roster.apply(entries, existing, caller.username());
    }
    return report;
  }

  private static String blankToNull(String text) {
    return Objects.requireNonNullElse(text, "").isEmpty() ? null : text;
  }
}
