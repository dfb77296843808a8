package org.jiefen.mediatorpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiefen.mediatorpool.domain.Mediator;
import org.jiefen.mediatorpool.domain.Organisation;
import org.jiefen.mediatorpool.domain.RosterRules;
import org.jiefen.mediatorpool.rest.dto.MediatorDto;
import org.jiefen.mediatorpool.rest.dto.OrganisationDto;
import org.jiefen.mediatorpool.roster.KnownCategories;
import org.jiefen.mediatorpool.roster.RosterColumn;
import org.jiefen.mediatorpool.roster.RosterRow;
import org.jiefen.mediatorpool.roster.RosterRowParser;
import org.jiefen.mediatorpool.roster.RosterSheet;
import org.jiefen.mediatorpool.roster.RosterWorkbookReader;
import org.jiefen.mediatorpool.support.RosterWorkbooks;
import org.junit.jupiter.api.Test;

/**
 * The seeded roster and the documented sample workbook pass the same rules the API applies, so
 * seed.sh and an import of the sample on the local stack succeed. The sample is generated from
 * {@link #SAMPLE} — rerun with {@code -Djiefen.roster.write-sample=true} after changing it:
 *
 * <pre>./mvnw -B -o -pl services/mediator-pool test -Dtest=RosterSeedsTest \
 *   -Djiefen.roster.write-sample=true</pre>
 */
class RosterSeedsTest {

  static final Path ROOT = Path.of("").toAbsolutePath().resolve("../..").normalize();
  static final Path SAMPLE_FILE = ROOT.resolve("docs/mediator-roster-sample.xlsx");

  /** Five new mediators for Longhua's seeded organisations, written the way an office would. */
  static final List<List<Object>> SAMPLE =
      List.of(
          List.of("龙华区调解员名册（导入样例）"),
          RosterWorkbooks.HEADER,
          List.of(
              "M-LANGKOU-GRID-06",
              "何丽娟",
              "",
              "网格调解员",
              "longhua.dalang.langkou",
              "浪口社区人民调解委员会",
              "邻里纠纷、婚姻家庭",
              "普通话、客家话",
              15,
              "在职"),
          List.of(
              "M-DALANG-PRO-17",
              "梁振华",
              "",
              "专业调解员",
              "longhua.dalang",
              "ORG-DALANG-LABOR",
              "劳动争议",
              "普通话、粤语",
              15,
              "在职"),
          List.of(
              "M-DALANG-STAFF-03",
              "钟美玲",
              "",
              "工作人员",
              "longhua.dalang",
              "ORG-DALANG-PMC",
              "",
              "普通话、客家话",
              20,
              "在职"),
          List.of(
              "M-DISTRICT-MEDICAL-06",
              "温国栋",
              "",
              "专家",
              "longhua",
              "ORG-DISTRICT-MEDICAL",
              "CONTRACT",
              "普通话、英语",
              10,
              "在职"),
          List.of(
              "M-HENGLANG-GRID-06",
              "赖伟雄",
              "",
              "网格调解员",
              "longhua.dalang.henglang",
              "ORG-HENGLANG-PMC",
              "物业纠纷",
              "普通话、客家话、粤语",
              15,
              "停用"));

  static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();
  static final Validator VALIDATOR = RosterRowParserTest.VALIDATOR;
  static final KnownCategories CATEGORIES = new KnownCategories(List.of());

  static <T> List<T> seed(String file, Class<T[]> type) throws IOException {
    return List.of(JSON.readValue(ROOT.resolve("seeds").resolve(file).toFile(), type));
  }

  static Map<String, Organisation> organisations() throws IOException {
    List<OrganisationDto> orgs = seed("organisations.json", OrganisationDto[].class);
    assertEquals(List.of(), orgs.stream().flatMap(o -> VALIDATOR.validate(o).stream()).toList());
    return orgs.stream()
        .map(OrganisationDto::toDomain)
        .collect(Collectors.toMap(Organisation::code, Function.identity()));
  }

  @Test
  void theSeededOrganisationsAndMediatorsPassTheApisRules() throws IOException {
    Map<String, Organisation> orgs = organisations();
    List<MediatorDto> mediators = seed("mediators.json", MediatorDto[].class);
    assertEquals(119, orgs.size());

    List<String> problems = new ArrayList<>();
    for (MediatorDto dto : mediators) {
      VALIDATOR.validate(dto).forEach(v -> problems.add(dto.code() + " " + v.getPropertyPath()));
      Mediator m = dto.toDomain();
      RosterRules.check(m, null, orgs.get(m.organisationCode()), CATEGORIES::known)
          .forEach(e -> problems.add(dto.code() + " " + e.field() + ": " + e.message()));
    }
    assertEquals(List.of(), problems);
    assertEquals(150, mediators.stream().filter(m -> m.kind().name().equals("GRID")).count());
    assertEquals(
        179, mediators.stream().filter(m -> m.kind().name().equals("PROFESSIONAL")).count());
  }

  /** The walking skeleton's labour report at 民乐 can only go to grid.minle. */
  @Test
  void atMinleOnlyGridMinleTakesLabourAndMediatorChenStaysInTheDistrictPool() throws IOException {
    List<Mediator> mediators =
        seed("mediators.json", MediatorDto[].class).stream().map(MediatorDto::toDomain).toList();

    assertEquals(
        List.of("grid.minle"),
        mediators.stream()
            .filter(m -> m.centerCode().equals("longhua.minzhi.minle") && m.takes("LABOR"))
            .map(Mediator::username)
            .toList());
    assertEquals(
        List.of("longhua"),
        mediators.stream()
            .filter(m -> "mediator.chen".equals(m.username()))
            .map(Mediator::centerCode)
            .toList());
  }

  @Test
  void theSampleWorkbookIsGeneratedFromTheFixtureAndImportsIntoTheSeededRoster()
      throws IOException {
    if (Boolean.getBoolean("jiefen.roster.write-sample")) {
      try (OutputStream out = Files.newOutputStream(SAMPLE_FILE)) {
        RosterWorkbooks.write(SAMPLE, out);
      }
    }
    assertTrue(
        Files.exists(SAMPLE_FILE),
        SAMPLE_FILE + " is missing: rerun with -Djiefen.roster.write-sample=true");

    RosterSheet sheet = RosterWorkbookReader.read(SAMPLE_FILE, 100);
    List<List<String>> expected =
        SAMPLE.subList(2, SAMPLE.size()).stream()
            .map(row -> row.stream().map(String::valueOf).toList())
            .toList();
    List<List<String>> read =
        sheet.rows().stream()
            .map(r -> List.of(RosterColumn.values()).stream().map(r::get).toList())
            .toList();
    assertEquals(expected, read, "the committed sample differs from SAMPLE: regenerate it");
    assertEquals(3, sheet.rows().get(0).row());

    Map<String, Organisation> orgs = organisations();
    RosterRowParser parser = new RosterRowParser(CATEGORIES, orgs.values(), VALIDATOR);
    for (RosterRow row : sheet.rows()) {
      RosterRowParser.Parsed parsed = parser.parse(row);
      assertEquals(List.of(), parsed.errors(), "row " + row.row());
      Mediator m = parsed.entry().toDomain();
      assertEquals(
          List.of(),
          RosterRules.check(m, null, orgs.get(m.organisationCode()), CATEGORIES::known),
          "row " + row.row());
    }
  }
}
