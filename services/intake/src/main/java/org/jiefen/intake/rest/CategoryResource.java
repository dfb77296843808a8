package org.jiefen.intake.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Map;
import org.jiefen.intake.repository.CategoryRepository;
import org.jiefen.intake.rest.dto.CategoryDto;
import org.jiefen.intake.service.CategoryCatalog;

/** Dispute categories: every signed-in user reads them (the pickers); admins load and edit. */
@Path("/api/v1/categories")
@Authenticated
public class CategoryResource {

  private final CategoryRepository categories;
  private final CategoryCatalog catalog;

  CategoryResource(CategoryRepository categories, CategoryCatalog catalog) {
    this.categories = categories;
    this.catalog = catalog;
  }

  @GET
  public List<CategoryDto> list() {
    return categories.ordered().stream().map(CategoryDto::of).toList();
  }

  @PUT
  @RolesAllowed("admin")
  public Map<String, Integer> upsert(
      @NotNull @NotEmpty @Size(max = 200) List<@Valid @NotNull CategoryDto> list) {
    return Map.of("received", list.size(), "changed", catalog.upsertAll(list));
  }
}
