package org.jiefen.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

  record Item(@NotBlank String code, List<@NotBlank String> specialties) {}

  record Body(@NotEmpty List<@Valid Item> items) {}

  private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

  private Set<String> fields(Object bean) {
    Set<String> fields = new TreeSet<>();
    validator.validate(bean).forEach(v -> fields.add(ProblemMappers.fieldOf(v)));
    return fields;
  }

  @Test
  void fieldsAreNamedAsTheClientWroteThemIncludingListIndexes() {
    Body body =
        new Body(List.of(new Item("a", List.of("LABOR")), new Item(" ", List.of("LABOR", ""))));
    assertEquals(Set.of("items[1].code", "items[1].specialties[1]"), fields(body));
  }

  @org.junit.jupiter.api.Test
  void lockConflictsAreRecognisedThroughTheirWrappers() {
    org.junit.jupiter.api.Assertions.assertTrue(
        ProblemMappers.isConcurrentChange(
            new RuntimeException(
                new jakarta.persistence.PessimisticLockException(
                    "deadlock", new java.sql.SQLTransactionRollbackException("Deadlock found")))));
    org.junit.jupiter.api.Assertions.assertTrue(
        ProblemMappers.isConcurrentChange(
            new IllegalStateException(new jakarta.persistence.OptimisticLockException("stale"))));
    org.junit.jupiter.api.Assertions.assertFalse(
        ProblemMappers.isConcurrentChange(new IllegalStateException("boom")));
  }

  /** A create during a database outage: FaultInjectionIT's cut saw 500s; the client must retry. */
  @Test
  void aLostDatabaseConnectionIsServiceUnavailableWithRetryAfter() {
    var lost =
        new jakarta.persistence.PersistenceException(
            new org.hibernate.exception.JDBCConnectionException(
                "Unable to acquire JDBC Connection",
                new java.sql.SQLTransientConnectionException("Acquisition timeout while waiting")));
    jakarta.ws.rs.core.Response response =
        new ProblemMappers().unexpected(lost, uri("/api/v1/disputes"));

    assertEquals(503, response.getStatus());
    assertEquals("5", response.getHeaderString("Retry-After"));
    Problem body = (Problem) response.getEntity();
    assertEquals("Service unavailable", body.title());
    assertEquals("/api/v1/disputes", body.instance());
  }

  @Test
  void aBodyCutOffByTheClientIsNotAServerError() {
    var cut = new java.io.IOException(new java.nio.channels.ClosedChannelException());
    assertEquals(400, new ProblemMappers().unexpected(cut, uri("/api/v1/disputes")).getStatus());
  }

  /** What intake logged when FaultInjectionIT killed MariaDB: no SQLState, an XA enlist error. */
  @Test
  void aConnectionThatCannotBeEnlistedAfterMariadbDiedIsServiceUnavailable() {
    var xa = new javax.transaction.xa.XAException(javax.transaction.xa.XAException.XAER_RMERR);
    var lost =
        new org.hibernate.exception.GenericJDBCException(
            "Unable to acquire JDBC Connection",
            new java.sql.SQLException(
                "Exception in association of connection to existing transaction",
                new IllegalStateException("enlist failed", xa)));
    assertEquals(503, new ProblemMappers().unexpected(lost, uri("/api/v1/disputes")).getStatus());
  }

  @Test
  void anyOtherUnexpectedErrorStays500() {
    assertEquals(
        500,
        new ProblemMappers().unexpected(new IllegalStateException("boom"), uri("/x")).getStatus());
  }

  private static jakarta.ws.rs.core.UriInfo uri(String path) {
    return (jakarta.ws.rs.core.UriInfo)
        java.lang.reflect.Proxy.newProxyInstance(
            ProblemMappersTest.class.getClassLoader(),
            new Class<?>[] {jakarta.ws.rs.core.UriInfo.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getPath")) {
                return path;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
