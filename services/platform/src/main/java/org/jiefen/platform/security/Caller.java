package org.jiefen.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jiefen.platform.events.Actor;
import org.jiefen.platform.problem.ProblemException;

/** The authenticated caller as the bearer token describes it. */
@RequestScoped
public class Caller {

  public static final String ORG_UNIT = "org_unit";
  public static final String COURT_CODE = "court_code";
  public static final String PARTNER_PLATFORM = "partner_platform";

  @Inject JsonWebToken token;
  @Inject SecurityIdentity identity;

  public String subject() {
    return token.getSubject();
  }

  public String username() {
    String username = token.getClaim("preferred_username");
    return username != null ? username : token.getClaim("azp");
  }

  public String orgUnit() {
    return token.getClaim(ORG_UNIT);
  }

  public String courtCode() {
    return token.getClaim(COURT_CODE);
  }

  public String partnerPlatform() {
    return token.getClaim(PARTNER_PLATFORM);
  }

  public Set<String> roles() {
    return identity.getRoles();
  }

  public boolean hasRole(String role) {
    return identity.hasRole(role);
  }

  /**
   * True when the caller works at this center or one above it. Partner platforms and courts (their
   * systems and their clerks) are not centers: their {@code org_unit} only bounds their area
   * ({@link #jurisdictionCovers}), and what they see is decided by platform or court, never by it.
   */
  public boolean covers(String centerCode) {
    String scope = centerScope();
    return scope != null && OrgScope.covers(scope, centerCode);
  }

  /**
   * The org unit whose centers' disputes the caller sees as center staff, or null for partners and
   * courts, who see disputes only through their own APIs.
   */
  public String centerScope() {
    return isOutsideTheCenters() ? null : orgUnit();
  }

  /** A court's system or one of its clerks. */
  public boolean isCourt() {
    return hasRole("court") || hasRole("court-clerk");
  }

  /**
   * True when the code lies in the area of the caller's {@code org_unit}, whoever the caller is.
   */
  public boolean jurisdictionCovers(String code) {
    return OrgScope.covers(orgUnit(), code);
  }

  private boolean isOutsideTheCenters() {
    return hasRole("partner") || isCourt();
  }

  /**
   * Answers 404, not 403, for a dispute outside the caller's scope: a sibling center must not even
   * learn that the dispute exists (product-spec §6).
   */
  public void requireCovers(String centerCode, String what) {
    if (!covers(centerCode)) {
      throw ProblemException.notFound(what);
    }
  }

  public Actor actor() {
    boolean isClient =
        token.getClaim("preferred_username") == null
            || String.valueOf(token.<Object>getClaim("preferred_username"))
                .startsWith("service-account-");
    return new Actor(
        isClient ? Actor.Kind.CLIENT : Actor.Kind.USER, subject(), username(), orgUnit());
  }
}
