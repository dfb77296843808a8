package org.jiefen.mediatorpool.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiefen.mediatorpool.domain.Organisation;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, String> {

  /** Every organisation, optionally of one center only, in code order. */
  public List<Organisation> listed(String centerCode) {
    return centerCode == null
        ? list("order by code")
        : list("centerCode = ?1 order by code", centerCode);
  }

  public Map<String, Organisation> byCode(Collection<String> codes) {
    if (codes.isEmpty()) {
      return Map.of();
    }
    return list("code in ?1", codes).stream()
        .collect(Collectors.toMap(Organisation::code, Function.identity()));
  }

  /** Every organisation by code: the import resolves names and checks codes against all of them. */
  public Map<String, Organisation> all() {
    return listAll().stream().collect(Collectors.toMap(Organisation::code, Function.identity()));
  }
}
