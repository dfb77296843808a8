package org.jiefen.mediatorpool.roster;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiefen.mediatorpool.domain.MediatorKind;
import org.jiefen.mediatorpool.domain.Organisation;
import org.jiefen.mediatorpool.rest.dto.MediatorDto;

/**
 * Turns a roster row's text into a roster entry the way an office writes it: kinds and statuses in
 * Chinese, categories by code or Chinese name, the organisation by code or exact name, lists
 * separated by 、，,;； or spaces. What cannot be read is a cell error; then the entry's own rules
 * (the JSON API's: required, format, sizes) are checked on the other cells. References (does the
 * organisation serve the center, is a username taken) are checked later, with the whole batch.
 */
public final class RosterRowParser {

  static final Map<String, MediatorKind> KINDS =
      Map.ofEntries(
          Map.entry("网格调解员", MediatorKind.GRID),
          Map.entry("网格员", MediatorKind.GRID),
          Map.entry("专业调解员", MediatorKind.PROFESSIONAL),
          Map.entry("专职调解员", MediatorKind.PROFESSIONAL),
          Map.entry("专家", MediatorKind.PROFESSIONAL),
          Map.entry("专家调解员", MediatorKind.PROFESSIONAL),
          Map.entry("工作人员", MediatorKind.STAFF),
          Map.entry("中心工作人员", MediatorKind.STAFF));

  static final Set<String> ACTIVE = Set.of("在职", "启用", "正常", "是", "ACTIVE", "TRUE", "1");
  static final Set<String> INACTIVE = Set.of("停用", "退出", "离职", "退休", "否", "INACTIVE", "FALSE", "0");

  private static final String SEPARATORS = "[,，、;；\\s]+";

  public record Parsed(MediatorDto entry, List<ImportReport.CellError> errors) {}

  private final KnownCategories categories;
  private final Set<String> organisationCodes;
  private final Map<String, List<String>> organisationsByName;

  private final Validator validator;

  public RosterRowParser(
      KnownCategories categories, Collection<Organisation> organisations, Validator validator) {
    this.categories = categories;
    this.validator = validator;
    this.organisationCodes =
        organisations.stream().map(Organisation::code).collect(Collectors.toSet());
    this.organisationsByName = new HashMap<>();
    organisations.forEach(
        o -> organisationsByName.computeIfAbsent(o.name(), k -> new ArrayList<>()).add(o.code()));
  }

  public Parsed parse(RosterRow row) {
    List<ImportReport.CellError> errors = new ArrayList<>();
    MediatorDto entry =
        new MediatorDto(
            blankToNull(row.get(RosterColumn.CODE)),
            blankToNull(row.get(RosterColumn.USERNAME)),
            blankToNull(row.get(RosterColumn.NAME)),
            kind(row.get(RosterColumn.KIND), errors),
            blankToNull(row.get(RosterColumn.CENTER)),
            organisation(row.get(RosterColumn.ORGANISATION), errors),
            specialties(row.get(RosterColumn.SPECIALTIES), errors),
            list(row.get(RosterColumn.LANGUAGES)),
            capacity(row.get(RosterColumn.CAPACITY), errors),
            active(row.get(RosterColumn.STATUS), errors));
    errors.addAll(formatErrors(entry, errors));
    return new Parsed(entry, errors);
  }

  /** The entry's own rules, on the columns without an error already (one message per problem). */
  private List<ImportReport.CellError> formatErrors(
      MediatorDto entry, List<ImportReport.CellError> parseErrors) {
    Set<String> reported =
        parseErrors.stream().map(ImportReport.CellError::column).collect(Collectors.toSet());
    List<ImportReport.CellError> errors = new ArrayList<>();
    validator.validate(entry).stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .forEach(
            v -> {
              RosterColumn column = RosterColumn.ofField(field(v));
              if (!reported.contains(column.label())) {
                errors.add(error(column, describe(v)));
              }
            });
    return errors;
  }

  private static String field(ConstraintViolation<?> v) {
    for (Path.Node node : v.getPropertyPath()) {
      if (node.getName() != null) {
        return node.getName();
      }
    }
    return "code";
  }

  /** A list item's message names the item: "医疗: must match …". */
  private static String describe(ConstraintViolation<?> v) {
    boolean item = false;
    for (Path.Node node : v.getPropertyPath()) {
      item |= node.getIndex() != null;
    }
    Object value = v.getInvalidValue();
    return item && value != null ? value + ": " + v.getMessage() : v.getMessage();
  }

  private static MediatorKind kind(String text, List<ImportReport.CellError> errors) {
    if (text.isEmpty()) {
      return null; // required: reported by the entry's own check
    }
    MediatorKind kind = KINDS.get(text);
    if (kind != null) {
      return kind;
    }
    try {
      return MediatorKind.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(
          error(RosterColumn.KIND, "unknown kind %s; write 网格调解员, 专业调解员 or 工作人员".formatted(text)));
      return null;
    }
  }

  private List<String> specialties(String text, List<ImportReport.CellError> errors) {
    List<String> codes = new ArrayList<>();
    for (String written : list(text)) {
      String code = categories.codeOf(written);
      if (categories.known(code)) {
        codes.add(code);
      } else {
        errors.add(error(RosterColumn.SPECIALTIES, "unknown category " + written));
      }
    }
    return codes;
  }

  private String organisation(String text, List<ImportReport.CellError> errors) {
    if (text.isEmpty() || organisationCodes.contains(text)) {
      return blankToNull(text);
    }
    List<String> byName = organisationsByName.getOrDefault(text, List.of());
    if (byName.size() == 1) {
      return byName.get(0);
    }
    errors.add(
        error(
            RosterColumn.ORGANISATION,
            byName.isEmpty()
                ? "unknown organisation " + text
                : "%s names %d organisations (%s); write the code"
                    .formatted(text, byName.size(), String.join(", ", byName))));
    return null;
  }

  private static Integer capacity(String text, List<ImportReport.CellError> errors) {
    if (text.isEmpty()) {
      return null; // required: reported by the entry's own check
    }
    try {
      return new BigDecimal(text).intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      errors.add(error(RosterColumn.CAPACITY, "%s is not a whole number".formatted(text)));
      return null;
    }
  }

  private static Boolean active(String text, List<ImportReport.CellError> errors) {
    String status = text.toUpperCase(Locale.ROOT);
    if (status.isEmpty() || ACTIVE.contains(status)) {
      return Boolean.TRUE;
    }
    if (INACTIVE.contains(status)) {
      return Boolean.FALSE;
    }
    errors.add(error(RosterColumn.STATUS, "unknown status %s; write 在职 or 停用".formatted(text)));
    return null;
  }

  private static List<String> list(String text) {
    return text.isEmpty()
        ? List.of()
        : Arrays.stream(text.split(SEPARATORS)).filter(s -> !s.isEmpty()).toList();
  }

  private static String blankToNull(String text) {
    return text.isEmpty() ? null : text;
  }

  static ImportReport.CellError error(RosterColumn column, String message) {
    return new ImportReport.CellError(column.label(), message);
  }
}
