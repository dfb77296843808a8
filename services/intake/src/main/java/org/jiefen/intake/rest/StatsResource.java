package org.jiefen.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jiefen.intake.rest.dto.StatsReport;
import org.jiefen.intake.service.StatsQueries;
import org.jiefen.platform.problem.ProblemException;

/**
 * Statistics per center and period for the centers' portal (docs/stats.md). Center staff and admins
 * only: partner platforms, courts and mediators get 403 — these are a center's management figures,
 * not a view of anyone's own cases.
 */
@Path("/api/v1/stats")
@RolesAllowed({"center-staff", "admin"})
public class StatsResource {

  private final StatsQueries stats;

  StatsResource(StatsQueries stats) {
    this.stats = stats;
  }

  /**
   * @param centerCode a center at or below the caller's (default: the caller's own)
   * @param from first day, yyyy-MM-dd, Beijing time (default: the first day of the month)
   * @param to last day, included (default: the last day of from's month); at most 366 days
   * @param format json only; the portal builds the .xlsx export from this JSON (issue 7)
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public StatsReport get(
      @QueryParam("centerCode") String centerCode,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("format") String format) {
    if (format != null && !format.equals("json")) {
      throw ProblemException.invalidField(
          "format", "only json is served here; the portal exports .xlsx from it");
    }
    return stats.report(centerCode, from, to);
  }
}
