package org.jiefen.platform.security;

/**
 * The org-tree scope rule of product-spec §6: a caller sees its own center and the centers below
 * it. Codes are dotted slugs, so "below" is a dotted-prefix test (longhua.minzhi covers
 * longhua.minzhi.minle, but not longhua.minzhinew).
 */
public final class OrgScope {

  private OrgScope() {}

  public static boolean covers(String callerOrgUnit, String centerCode) {
    if (callerOrgUnit == null || callerOrgUnit.isBlank() || centerCode == null) {
      return false;
    }
    return centerCode.equals(callerOrgUnit) || centerCode.startsWith(callerOrgUnit + ".");
  }
}
