package org.jiefen.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrgScopeTest {

  @Test
  void aCenterCoversItselfAndEveryCenterBelowIt() {
    assertTrue(OrgScope.covers("longhua.minzhi.minle", "longhua.minzhi.minle"));
    assertTrue(OrgScope.covers("longhua.minzhi", "longhua.minzhi.minle"));
    assertTrue(OrgScope.covers("longhua", "longhua.guanlan.guihua"));
  }

  @Test
  void siblingsParentsAndLookalikePrefixesAreNotCovered() {
    assertFalse(OrgScope.covers("longhua.minzhi.baishilong", "longhua.minzhi.minle"));
    assertFalse(OrgScope.covers("longhua.minzhi.minle", "longhua.minzhi"));
    assertFalse(OrgScope.covers("longhua.guanlan", "longhua.minzhi.minle"));
    assertFalse(OrgScope.covers("longhua.min", "longhua.minzhi.minle"));
  }

  @Test
  void aCallerWithoutAnOrgUnitCoversNothing() {
    assertFalse(OrgScope.covers(null, "longhua"));
    assertFalse(OrgScope.covers(" ", "longhua"));
    assertFalse(OrgScope.covers("longhua", null));
  }
}
