package org.jiefen.mediatorpool.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jiefen.mediatorpool.domain.Disclosure;

@ApplicationScoped
public class DisclosureRepository implements PanacheRepository<Disclosure> {

  public List<Disclosure> ofMediator(String code) {
    return list("mediatorCode = ?1 order by id", code);
  }

  public Map<String, List<Disclosure>> ofMediators(Collection<String> codes) {
    if (codes.isEmpty()) {
      return Map.of();
    }
    return list("mediatorCode in ?1", codes).stream()
        .collect(Collectors.groupingBy(Disclosure::mediatorCode));
  }
}
