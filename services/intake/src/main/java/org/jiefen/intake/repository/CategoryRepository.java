package org.jiefen.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jiefen.intake.domain.Category;

@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<Category, String> {

  public List<Category> ordered() {
    return list("order by position, code");
  }
}
