package org.jiefen.mediatorpool.domain;

/**
 * What a mediation organisation is: a people's mediation committee 人民调解委员会 (of a community, street,
 * enterprise or park, or a police station's mediation room), an industry or professional committee
 * 行业性专业性调解委员会 (labour, property management, medical, traffic, consumer …), the district's mediation
 * institute 调解院, or a mediation studio 调解工作室 (a lawyer's or a named mediator's).
 */
public enum OrganisationKind {
  PEOPLES_COMMITTEE,
  INDUSTRY_PROFESSIONAL,
  MEDIATION_INSTITUTE,
  STUDIO
}
