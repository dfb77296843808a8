package org.jiefen.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jiefen.intake.domain.Category;
import org.jiefen.intake.repository.CategoryRepository;
import org.jiefen.intake.rest.dto.CategoryDto;
import org.jiefen.platform.problem.Problem.FieldError;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;

/**
 * Admins load and edit the category list. The list's order is the order pickers show; a category
 * left out of a load is kept as it is (retire one with {@code "active": false}, never delete: old
 * disputes carry its code).
 */
@ApplicationScoped
public class CategoryCatalog {

  private final CategoryRepository categories;
  private final Caller caller;

  CategoryCatalog(CategoryRepository categories, Caller caller) {
    this.categories = categories;
    this.caller = caller;
  }

  /** All-or-nothing; returns how many categories were created or changed. */
  @Transactional
  public int upsertAll(List<CategoryDto> list) {
    checkUnique(list);
    Instant now = Instant.now();
    int changed = 0;
    for (int i = 0; i < list.size(); i++) {
      CategoryDto dto = list.get(i);
      Category existing = categories.findById(dto.code());
      Category category = existing != null ? existing : new Category(dto.code());
      if (category.define(dto.name(), i, dto.isActive(), caller.username(), now)) {
        changed++;
      }
      if (existing == null) {
        categories.persist(category);
      }
    }
    return changed;
  }

  private static void checkUnique(List<CategoryDto> list) {
    Set<String> seen = new HashSet<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (!seen.add(list.get(i).code())) {
        errors.add(new FieldError("[" + i + "].code", "appears twice in the list"));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalidFields(errors);
    }
  }
}
