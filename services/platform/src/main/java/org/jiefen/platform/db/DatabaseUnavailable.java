package org.jiefen.platform.db;

/**
 * Recognises "the database could not be reached" however deeply a driver, the pool or Hibernate
 * wrapped it. Such a failure says nothing about the request or the record at hand: a consumer waits
 * for the database instead of dead-lettering, an endpoint answers 503 so the client retries.
 */
public final class DatabaseUnavailable {

  private DatabaseUnavailable() {}

  public static boolean causedBy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.sql.SQLTransientConnectionException
          || t instanceof java.sql.SQLNonTransientConnectionException
          || t instanceof java.sql.SQLRecoverableException
          || t instanceof java.net.SocketException
          || t instanceof java.io.EOFException
          // MariaDB killed mid-transaction: the pool cannot enlist the connection in the JTA
          // transaction (XAER_RMERR), and Hibernate reports it without an SQLState.
          || t instanceof javax.transaction.xa.XAException
          || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
        return true;
      }
      if (t instanceof java.sql.SQLException sql
          && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
              || String.valueOf(sql.getMessage()).contains("acquisition timeout")
              || String.valueOf(sql.getMessage()).contains("Unable to acquire JDBC Connection"))) {
        return true;
      }
    }
    return false;
  }
}
