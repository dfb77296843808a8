package org.jiefen.intake.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.jiefen.intake.domain.Category;
import org.jiefen.intake.domain.OrgUnitReplica;
import org.jiefen.intake.repository.CategoryRepository;
import org.jiefen.intake.repository.OrgUnitReplicaRepository;

/**
 * Tests start from what a running stack has: the replica filled with seeds/org-tree.json (as
 * routing's events would fill it) and seeds/categories.json loaded. Read from the seeds themselves,
 * so the data is never kept twice. ReferenceDataIT proves the event path.
 */
@ApplicationScoped
public class SeededReferenceData {

  static final Path SEEDS = Path.of("../../seeds");

  void load(
      @Observes StartupEvent start,
      OrgUnitReplicaRepository units,
      CategoryRepository categories,
      ObjectMapper mapper)
      throws IOException {
    JsonNode tree = mapper.readTree(SEEDS.resolve("org-tree.json").toFile());
    JsonNode list = mapper.readTree(SEEDS.resolve("categories.json").toFile());
    Instant epoch = Instant.parse("2026-01-01T00:00:00Z");
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (JsonNode u : tree) {
                if (units.findById(u.path("code").asText()) == null) {
                  OrgUnitReplica unit = new OrgUnitReplica(u.path("code").asText());
                  unit.apply(
                      u.path("name").asText(),
                      u.path("level").asText(),
                      u.path("parentCode").asText(null),
                      u.path("sample").asBoolean(),
                      epoch);
                  units.persist(unit);
                }
              }
              for (int i = 0; i < list.size(); i++) {
                JsonNode c = list.get(i);
                if (categories.findById(c.path("code").asText()) == null) {
                  Category category = new Category(c.path("code").asText());
                  category.define(c.path("name").asText(), i, true, "seed", epoch);
                  categories.persist(category);
                }
              }
            });
  }
}
