package org.jiefen.mediatorpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jiefen.mediatorpool.domain.MediatorKind;
import org.jiefen.mediatorpool.domain.Organisation;
import org.jiefen.mediatorpool.domain.OrganisationKind;
import org.jiefen.mediatorpool.roster.ImportReport.CellError;
import org.jiefen.mediatorpool.roster.KnownCategories;
import org.jiefen.mediatorpool.roster.RosterColumn;
import org.jiefen.mediatorpool.roster.RosterRow;
import org.jiefen.mediatorpool.roster.RosterRowParser;
import org.junit.jupiter.api.Test;

/** How one row of an office's Excel roster becomes a roster entry, or the errors of its cells. */
class RosterRowParserTest {

  static final Validator VALIDATOR =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  static final List<Organisation> ORGS =
      List.of(
          new Organisation(
              "ORG-DALANG-LABOR",
              "大浪街道劳动争议调解委员会",
              OrganisationKind.INDUSTRY_PROFESSIONAL,
              "longhua.dalang",
              true),
          new Organisation("ORG-A", "同名调解工作室", OrganisationKind.STUDIO, "longhua.dalang", true),
          new Organisation("ORG-B", "同名调解工作室", OrganisationKind.STUDIO, "longhua.minzhi", true));

  private final RosterRowParser parser =
      new RosterRowParser(new KnownCategories(List.of("MEDICAL")), ORGS, VALIDATOR);

  /** A valid row; each test spoils the cells it is about. */
  static Map<RosterColumn, String> good() {
    Map<RosterColumn, String> cells = new EnumMap<>(RosterColumn.class);
    cells.put(RosterColumn.CODE, "M-DALANG-PRO-09");
    cells.put(RosterColumn.NAME, "林秀英");
    cells.put(RosterColumn.USERNAME, "");
    cells.put(RosterColumn.KIND, "专业调解员");
    cells.put(RosterColumn.CENTER, "longhua.dalang");
    cells.put(RosterColumn.ORGANISATION, "ORG-DALANG-LABOR");
    cells.put(RosterColumn.SPECIALTIES, "劳动争议、CONTRACT");
    cells.put(RosterColumn.LANGUAGES, "普通话，客家话");
    cells.put(RosterColumn.CAPACITY, "15");
    cells.put(RosterColumn.STATUS, "在职");
    return cells;
  }

  private RosterRowParser.Parsed parse(Map<RosterColumn, String> cells) {
    return parser.parse(new RosterRow(3, cells));
  }

  private static List<String> columns(RosterRowParser.Parsed parsed) {
    return parsed.errors().stream().map(CellError::column).toList();
  }

  @Test
  void aWellFilledRowReadsAsTheEntryTheJsonApiWouldTake() {
    RosterRowParser.Parsed parsed = parse(good());

    assertEquals(List.of(), parsed.errors());
    var entry = parsed.entry();
    assertEquals("M-DALANG-PRO-09", entry.code());
    assertNull(entry.username());
    assertEquals(MediatorKind.PROFESSIONAL, entry.kind());
    assertEquals("ORG-DALANG-LABOR", entry.organisationCode());
    assertEquals(List.of("LABOR", "CONTRACT"), entry.specialties());
    assertEquals(List.of("普通话", "客家话"), entry.languages());
    assertEquals(15, entry.capacity());
    assertTrue(entry.active());
  }

  @Test
  void kindsStatusesAndCategoriesAreReadInChineseOrAsCodes() {
    Map<RosterColumn, String> cells = good();
    cells.put(RosterColumn.KIND, "网格员");
    cells.put(RosterColumn.STATUS, "停用");
    cells.put(RosterColumn.SPECIALTIES, "labor; 物业纠纷 , medical");
    cells.put(RosterColumn.CAPACITY, "20.0");
    RosterRowParser.Parsed parsed = parse(cells);

    assertEquals(List.of(), parsed.errors());
    assertEquals(MediatorKind.GRID, parsed.entry().kind());
    assertFalse(parsed.entry().active());
    assertEquals(List.of("LABOR", "PROPERTY_MGMT", "MEDICAL"), parsed.entry().specialties());
    assertEquals(20, parsed.entry().capacity());

    cells.put(RosterColumn.KIND, "STAFF");
    cells.put(RosterColumn.STATUS, "");
    parsed = parse(cells);
    assertEquals(MediatorKind.STAFF, parsed.entry().kind());
    assertTrue(parsed.entry().active(), "a blank status means in service");
  }

  @Test
  void anOrganisationMayBeNamedByItsExactNameUnlessTheNameIsShared() {
    Map<RosterColumn, String> cells = good();
    cells.put(RosterColumn.ORGANISATION, "大浪街道劳动争议调解委员会");
    assertEquals("ORG-DALANG-LABOR", parse(cells).entry().organisationCode());

    cells.put(RosterColumn.ORGANISATION, "同名调解工作室");
    RosterRowParser.Parsed shared = parse(cells);
    assertEquals(List.of("所属组织"), columns(shared));
    assertTrue(shared.errors().get(0).message().contains("write the code"));

    cells.put(RosterColumn.ORGANISATION, "不存在的组织");
    assertEquals(
        List.of(new CellError("所属组织", "unknown organisation 不存在的组织")), parse(cells).errors());
  }

  @Test
  void cellsThatCannotBeReadAreNamedByTheirColumnOnce() {
    Map<RosterColumn, String> cells = good();
    cells.put(RosterColumn.KIND, "调解员");
    cells.put(RosterColumn.CAPACITY, "十五");
    cells.put(RosterColumn.STATUS, "也许");
    RosterRowParser.Parsed parsed = parse(cells);

    // one error each, though the unread values are also null for the entry's own rules
    assertEquals(List.of("类型", "最大案件数", "状态"), columns(parsed));
    assertTrue(parsed.errors().get(1).message().contains("not a whole number"));

    cells = good();
    cells.put(RosterColumn.CAPACITY, "12.5");
    assertEquals(List.of("最大案件数"), columns(parse(cells)));
  }

  @Test
  void theEntrysOwnRulesApplyToTheOtherCells() {
    Map<RosterColumn, String> cells = good();
    cells.put(RosterColumn.CODE, "M 09");
    cells.put(RosterColumn.NAME, "");
    cells.put(RosterColumn.CENTER, "龙华区");
    cells.put(RosterColumn.CAPACITY, "5000");
    cells.put(RosterColumn.LANGUAGES, "普通话,客家话,粤语,潮汕话,英语,日语,韩语,法语,德语,俄语,西班牙语");
    RosterRowParser.Parsed parsed = parse(cells);

    assertEquals(
        List.of("最大案件数", "所属中心", "编号", "语言", "姓名"), columns(parsed), parsed.errors().toString());
  }

  @Test
  void anUnknownCategoryIsNamedAsWritten() {
    Map<RosterColumn, String> cells = good();
    cells.put(RosterColumn.SPECIALTIES, "LABOUR、劳动争议、医疗纠纷");
    RosterRowParser.Parsed parsed = parse(cells);

    assertEquals(
        List.of(
            new CellError("专长", "unknown category LABOUR"),
            new CellError("专长", "unknown category 医疗纠纷")),
        parsed.errors());
  }

  @Test
  void requiredCellsLeftBlankAreNamed() {
    Map<RosterColumn, String> cells = good();
    cells.put(RosterColumn.KIND, "");
    cells.put(RosterColumn.CAPACITY, "");
    assertEquals(List.of("最大案件数", "类型"), columns(parse(cells)));
  }
}
