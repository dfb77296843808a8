package org.jiefen.platform.webhook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebhooksDisabledTest {

  @Test
  void theDispatcherIsSkippedUnlessTheServiceOptedIn() {
    assertTrue(new WebhooksDisabled(false).test(null));
    assertFalse(new WebhooksDisabled(true).test(null));
  }
}
