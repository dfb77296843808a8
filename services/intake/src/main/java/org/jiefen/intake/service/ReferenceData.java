package org.jiefen.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jiefen.intake.domain.Category;
import org.jiefen.intake.domain.OrgUnitReplica;
import org.jiefen.intake.repository.CategoryRepository;
import org.jiefen.intake.repository.OrgUnitReplicaRepository;
import org.jiefen.platform.inbox.IncomingEvent;

/**
 * The org-tree replica (kept current from routing's orgunit.changed.v1) and the category list, as
 * intake checks reports against them.
 */
@ApplicationScoped
public class ReferenceData implements KnownCodes {

  private final OrgUnitReplicaRepository units;
  private final CategoryRepository categories;

  ReferenceData(OrgUnitReplicaRepository units, CategoryRepository categories) {
    this.units = units;
    this.categories = categories;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isCommunity(String code) {
    return code != null
        && units.findByIdOptional(code).map(OrgUnitReplica::isCommunity).orElse(false);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isActiveCategory(String code) {
    return code != null && categories.findByIdOptional(code).map(Category::active).orElse(false);
  }

  /** Applies one orgunit.changed.v1 in the inbox's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void orgUnitChanged(IncomingEvent e) {
    String code = e.text("code");
    OrgUnitReplica existing = units.findById(code);
    OrgUnitReplica unit = existing != null ? existing : new OrgUnitReplica(code);
    unit.apply(
        e.text("name"),
        e.text("level"),
        e.text("parentCode"),
        e.payload().path("sample").asBoolean(false),
        Instant.parse(e.text("occurredAt")));
    if (existing == null) {
      units.persist(unit);
    }
  }
}
