package org.jiefen.systemtests;

import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the local stack once for the whole run, whichever system-test class comes first, and stops
 * it when the run ends (the root store closes its AutoCloseable values).
 */
public final class StackExtension implements BeforeAllCallback {

  private static final class Running implements AutoCloseable {
    Running() {
      try {
        Stack.up();
      } catch (Exception e) {
        throw new IllegalStateException("the stack did not come up", e);
      }
      RestAssured.baseURI = Stack.GATEWAY;
    }

    @Override
    public void close() throws Exception {
      Stack.down();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .computeIfAbsent("jiefen-stack", key -> new Running(), Running.class);
  }
}
