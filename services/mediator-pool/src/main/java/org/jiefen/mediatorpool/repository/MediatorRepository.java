package org.jiefen.mediatorpool.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiefen.mediatorpool.domain.Mediator;

@ApplicationScoped
public class MediatorRepository implements PanacheRepositoryBase<Mediator, String> {

  /**
   * A center's roster, locked: assignments at one center run one after another even across
   * instances, so two disputes never both see a mediator's last free slot. Each mediator's leave
   * periods load lazily (in batches) inside the same transaction.
   */
  public List<Mediator> lockRosterOf(String centerCode) {
    return find("centerCode = ?1 order by code", centerCode)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .list();
  }

  /** The mediators of a center and of every center below it (a dotted-prefix match). */
  public List<Mediator> inSubtree(String centerCode) {
    return list(
        "centerCode = ?1 or centerCode like ?2 order by centerCode, code",
        centerCode,
        centerCode + ".%");
  }

  public List<Mediator> withUsernames(Collection<String> usernames) {
    return usernames.isEmpty() ? List.of() : list("username in ?1", usernames);
  }

  /** The mediators with these codes, locked for an upsert. */
  public Map<String, Mediator> lockByCode(Collection<String> codes) {
    if (codes.isEmpty()) {
      return Map.of();
    }
    return find("code in ?1", codes).withLock(LockModeType.PESSIMISTIC_WRITE).list().stream()
        .collect(Collectors.toMap(Mediator::code, Function.identity()));
  }
}
