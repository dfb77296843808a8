package org.jiefen.mediatorpool.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jiefen.mediatorpool.config.RosterConfig;
import org.jiefen.mediatorpool.roster.ImportReport;
import org.jiefen.mediatorpool.roster.RosterImportService;
import org.jiefen.mediatorpool.roster.RosterSheet;
import org.jiefen.mediatorpool.roster.RosterWorkbookReader;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;

/**
 * Bulk import of an Excel roster (multipart/form-data, part {@code file}, .xlsx). 200 with the
 * per-row report when every row is valid (stored, unless {@code ?dryRun=true}); 422 with the same
 * report when any row has an error — then nothing is stored (ADR 0011). A file that is no .xlsx,
 * too large, too long or without the header is a problem document naming {@code file}.
 */
@Path("/api/v1/mediators/import")
@RolesAllowed("admin")
public class MediatorImportResource {

  private final RosterImportService imports;
  private final RosterConfig config;
  private final Caller caller;

  MediatorImportResource(RosterImportService imports, RosterConfig config, Caller caller) {
    this.imports = imports;
    this.config = config;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response importRoster(
      @RestForm("file") FileUpload file, @QueryParam("dryRun") String dryRun) {
    boolean dry = dryRun(dryRun);
    if (file == null) {
      throw ProblemException.invalidField("file", "is required (a multipart part named file)");
    }
    long maxBytes = config.importing().maxBytes();
    if (file.size() > maxBytes) {
      throw RosterWorkbookReader.tooLarge(
          "is %d bytes; at most %d are accepted".formatted(file.size(), maxBytes));
    }
    if (file.size() == 0) {
      throw ProblemException.invalidField("file", "is empty");
    }
    RosterSheet sheet =
        RosterWorkbookReader.read(file.uploadedFile(), config.importing().maxRows());
    ImportReport report = imports.importRoster(sheet, dry, caller);
    return Response.status(report.errors() > 0 ? 422 : 200)
        .type(MediaType.APPLICATION_JSON)
        .entity(report)
        .build();
  }

  private static boolean dryRun(String value) {
    if (value == null || value.isBlank() || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw ProblemException.invalidField("dryRun", "must be true or false");
  }
}
