package org.jiefen.judicialconfirmation.domain;

/**
 * Why a court refuses to confirm an agreement: the grounds of 法释〔2011〕5号 Art. 7 (最高人民法院关于人民
 * 调解协议司法确认程序的若干规定), in order.
 */
public enum RejectionGround {
  /** 违反法律、行政法规强制性规定的 */
  VIOLATES_MANDATORY_LAW,
  /** 侵害国家利益、社会公共利益的 */
  HARMS_PUBLIC_INTEREST,
  /** 侵害案外人合法权益的 */
  HARMS_THIRD_PARTY,
  /** 损害社会公序良俗的 */
  VIOLATES_PUBLIC_ORDER,
  /** 内容不明确，无法确认的 */
  UNCLEAR_CONTENT,
  /** 其他不能进行司法确认的情形 — the court says which in words */
  OTHER
}
